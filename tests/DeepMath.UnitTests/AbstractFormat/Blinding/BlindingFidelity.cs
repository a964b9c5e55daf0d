using DeepMath.AbstractFormat.Blinding;
using UglyToad.PdfPig;

namespace DeepMath.UnitTests.AbstractFormat.Blinding;

/// <summary>What a reviewer sees must not change: the same pages, text (less the header) and images.</summary>
internal static class BlindingFidelity
{
    public static void AssertSameDrawing(byte[] original, string header)
    {
        using var before = PdfDocument.Open(original);
        using var after = PdfDocument.Open(PdfBlinder.Blind(original, header));
        Assert.Equal(before.NumberOfPages, after.NumberOfPages);
        for (var n = 1; n <= before.NumberOfPages; n++)
        {
            var was = before.GetPage(n);
            var now = after.GetPage(n);
            Assert.Equal(was.Width, now.Width);
            Assert.Equal(was.Height, now.Height);
            Assert.Equal(was.Text, now.Text.Replace(header.Replace('·', '·'), string.Empty, StringComparison.Ordinal));
            Assert.Equal(
                was.GetImages().Select(i => (i.WidthInSamples, i.HeightInSamples)),
                now.GetImages().Select(i => (i.WidthInSamples, i.HeightInSamples)));
        }
    }
}
