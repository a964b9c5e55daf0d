using DeepMath.AbstractFormat.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DeepMath.AbstractFormat.Blinding;

/// <summary>
/// Rewrites an abstract for its reviewers. The pages are first rebuilt from what they draw
/// (<see cref="CleanDocument"/>: no metadata, private data, layers, labels, destinations, actions or
/// annotations at any depth, JPEGs without comment and application segments), then a header is
/// stamped at the top of each page ("DeepMath 2025 · Abstract 17 · confidential").
/// </summary>
public static class PdfBlinder
{
    private const double HeaderSize = 8;
    private const double HeaderTop = 24;

    // Far above what the checker allows an upload, which it has already passed; still a bound.
    private const long MaxDecodedBytes = 512L * 1024 * 1024;
    private static readonly TimeSpan _timeLimit = TimeSpan.FromSeconds(60);

    public static byte[] Blind(byte[] pdf, string header)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        return Stamp(Rebuild(pdf), header);
    }

    /// <summary>The pages rebuilt from what they draw, without the header.</summary>
    internal static byte[] Rebuild(byte[] pdf)
    {
        var filters = new BudgetedFilterProvider(new DecodeBudget(MaxDecodedBytes, _timeLimit, CancellationToken.None));
        using var source = PdfDocument.Open(pdf, new ParsingOptions { FilterProvider = filters, SkipMissingFonts = true });
        return CleanDocument.Rebuild(source, new PdfObjects(source, filters));
    }

    private static byte[] Stamp(byte[] clean, string header)
    {
        using var source = PdfDocument.Open(clean);
        var builder = new PdfDocumentBuilder
        {
            IncludeDocumentInformation = false,
            XmpMetadata = null,
        };
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var text = ToWinAnsi(header);
        for (var number = 1; number <= source.NumberOfPages; number++)
        {
            var page = builder.AddPage(source, number, new PdfDocumentBuilder.AddPageOptions { KeepAnnotations = false });
            var size = source.GetPage(number);
            var width = page.MeasureText(text, HeaderSize, PdfPoint.Origin, font).Sum(l => l.Width);
            var x = Math.Max(12, (size.Width - width) / 2);
            page.AddText(text, HeaderSize, new PdfPoint(x, size.Height - HeaderTop), font);
        }

        return builder.Build();
    }

    /// <summary>The standard Helvetica font speaks WinAnsi only: keep the middle dot, replace anything else it cannot show.</summary>
    private static string ToWinAnsi(string text) =>
        new(text.Select(c => c is '·' || (c >= ' ' && c <= '~') ? c : '-').ToArray());
}
