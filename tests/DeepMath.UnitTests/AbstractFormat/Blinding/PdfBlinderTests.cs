using System.Text;
using DeepMath.AbstractFormat;
using DeepMath.AbstractFormat.Blinding;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DeepMath.UnitTests.AbstractFormat.Blinding;

public sealed class PdfBlinderTests
{
    private const string Header = "DeepMath 2025 · Abstract 17 · confidential";

    [Fact]
    public void Metadata_is_removed_and_every_page_carries_the_header()
    {
        var original = File.ReadAllBytes(FixturePaths.Abstract("metadata-author.pdf"));
        using (var before = PdfDocument.Open(original))
        {
            Assert.False(string.IsNullOrEmpty(before.Information.Author));
        }

        var blinded = PdfBlinder.Blind(original, Header);

        using var after = PdfDocument.Open(blinded);
        Assert.True(string.IsNullOrEmpty(after.Information.Author));
        Assert.True(string.IsNullOrEmpty(after.Information.Creator));
        Assert.False(after.TryGetXmpMetadata(out _));
        Assert.DoesNotContain("/Author", Encoding.Latin1.GetString(blinded));
        foreach (var page in after.GetPages())
        {
            Assert.Contains("DeepMath 2025 · Abstract 17 · confidential", page.Text);
        }
    }

    [Fact]
    public void Pages_and_their_text_are_kept()
    {
        var original = File.ReadAllBytes(FixturePaths.Abstract("ok-two-pages-refs.pdf"));
        using var before = PdfDocument.Open(original);
        using var after = PdfDocument.Open(PdfBlinder.Blind(original, Header));
        Assert.Equal(before.NumberOfPages, after.NumberOfPages);
        for (var n = 1; n <= before.NumberOfPages; n++)
        {
            Assert.Equal(before.GetPage(n).Width, after.GetPage(n).Width);
            Assert.Contains(before.GetPage(n).GetWords().First().Text, after.GetPage(n).Text);
        }
    }

    [Fact]
    public void The_blinded_pdf_passes_the_metadata_check_that_the_original_fails()
    {
        var original = File.ReadAllBytes(FixturePaths.Abstract("metadata-author.pdf"));
        var checker = new FormatChecker();
        var rules = new FormatRules { TemplateKey = null };
        Assert.Contains(checker.Check(original, rules, [], []).Errors, f => f.Code == FindingCodes.AnonymityMetadata);
        Assert.DoesNotContain(checker.Check(PdfBlinder.Blind(original, Header), rules, [], []).Errors, f => f.Code == FindingCodes.AnonymityMetadata);
    }

    [Fact]
    public void Link_annotations_such_as_an_authors_mailto_are_dropped()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(612, 792);
        page.AddText("Write to us", 11, new PdfPoint(72, 700), font);
        page.AddLink("mailto:ada@example.org", new PdfRectangle(72, 690, 200, 712));
        var original = builder.Build();
        Assert.Contains("ada@example.org", Encoding.Latin1.GetString(original));

        var blinded = PdfBlinder.Blind(original, Header);
        Assert.DoesNotContain("ada@example.org", Encoding.Latin1.GetString(blinded));
        using var after = PdfDocument.Open(blinded);
        Assert.Empty(after.GetPage(1).GetAnnotations());
    }

    [Theory]
    [InlineData("ok-one-page.pdf")]
    [InlineData("ok-two-pages-refs.pdf")]
    [InlineData("template-example.pdf")]
    [InlineData("diacritics-name.pdf")]
    [InlineData("ligature-name.pdf")]
    public void Template_abstracts_keep_every_letter_and_image(string file) =>
        BlindingFidelity.AssertSameDrawing(File.ReadAllBytes(FixturePaths.Abstract(file)), Header);

    public static TheoryData<string> ReadableCorpus() =>
        new(Directory.GetFiles(FixturePaths.ReadableCorpus, "*.pdf").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ReadableCorpus))]
    public void Every_filter_colour_space_and_inline_image_survives_blinding(string file) =>
        BlindingFidelity.AssertSameDrawing(File.ReadAllBytes(Path.Combine(FixturePaths.ReadableCorpus, file)), Header);
}
