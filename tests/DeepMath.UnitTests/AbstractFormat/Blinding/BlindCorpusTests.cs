using DeepMath.AbstractFormat;
using DeepMath.AbstractFormat.Blinding;
using UglyToad.PdfPig;

namespace DeepMath.UnitTests.AbstractFormat.Blinding;

/// <summary>
/// Abstracts that hide a listed author (Samuel Okafor, s.okafor@cs.example.com) below the document level,
/// one place each (tests/fixtures/blind-corpus). The identity is in the original, byte for byte; it is
/// gone from the blinded copy, in every decoded stream and in the extracted text; the checker names the
/// place; and the copy still draws the same text and images.
/// </summary>
public sealed class BlindCorpusTests
{
    private const string Header = "DeepMath 2025 · Abstract 17 · confidential";

    public static TheoryData<string, string> Places => new()
    {
        { "page-xmp.pdf", "page 1 XMP metadata" },
        { "page-pieceinfo.pdf", "page 1 private data (PieceInfo)" },
        { "image-xmp.pdf", "image Im0 on page 1: XMP metadata" },
        { "image-pieceinfo.pdf", "image Im0 on page 1: private data (PieceInfo)" },
        { "form-xobject.pdf", "form Fx0 on page 1: XMP metadata" },
        { "form-xobject.pdf", "form Fx1 on page 1: private data (PieceInfo)" },
        { "jpeg-segments.pdf", "image Im0 on page 1: JPEG comment" },
        { "jpeg-segments.pdf", "image Im0 on page 1: JPEG XMP metadata" },
        { "jpeg-segments.pdf", "image Im0 on page 1: JPEG Photoshop/IPTC data" },
        { "page-labels.pdf", "page labels" },
        { "ocg-names.pdf", "layer (optional content) names" },
        { "named-destinations.pdf", "named destinations" },
        { "javascript.pdf", "JavaScript" },
        { "open-action.pdf", "open action" },
        { "open-action.pdf", "page 1 actions" },
    };

    public static TheoryData<string> Files() =>
        new(Directory.GetFiles(FixturePaths.BlindCorpus, "*.pdf").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Fact]
    public void Every_file_of_the_corpus_has_a_place_under_test()
    {
        var tested = Places.Cast<object[]>().Select(row => (string)row[0]).ToHashSet();
        var files = Files().Cast<object[]>().Select(row => (string)row[0]).ToList();

        Assert.Equal(11, files.Count);
        Assert.All(files, file => Assert.Contains(file, tested));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_identity_is_in_the_original_and_in_no_byte_of_the_blinded_copy(string file)
    {
        var original = Read(file);
        Assert.True(DecodedPdf.Mentions(original, "Okafor"), "the fixture plants nothing");

        var blinded = PdfBlinder.Blind(original, Header);

        Assert.False(DecodedPdf.Mentions(blinded, "Okafor"));
        Assert.False(DecodedPdf.Mentions(blinded, "okafor@"));
        using var document = PdfDocument.Open(blinded);
        Assert.All(document.GetPages(), page => Assert.DoesNotContain("Okafor", page.Text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void The_checker_reports_the_identity_and_where_it_is(string file, string where)
    {
        var report = new FormatChecker().Check(Read(file), FormatRules.Default, FixtureAuthors.Authors, []);

        var finding = Assert.Single(report.Errors, f => f.Code == FindingCodes.AnonymityMetadata && f.Message.Contains(where, StringComparison.Ordinal));
        Assert.Contains("okafor", finding.Text!, StringComparison.OrdinalIgnoreCase);
        Assert.All(report.Errors, f => Assert.Equal(FindingCodes.AnonymityMetadata, f.Code));
        Assert.Empty(report.Warnings);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_checker_finds_nothing_to_report_on_anonymity_in_the_blinded_copy(string file)
    {
        var blinded = PdfBlinder.Blind(Read(file), Header);

        var report = new FormatChecker().Check(blinded, FormatRules.Default, FixtureAuthors.Authors, []);

        Assert.DoesNotContain(report.Errors.Concat(report.Warnings), f => f.Code.StartsWith("anonymity.", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Errors, f => f.Code == FindingCodes.PdfInvalid);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_blinded_copy_draws_the_same_text_and_images(string file) => BlindingFidelity.AssertSameDrawing(Read(file), Header);

    [Fact]
    public void A_jpeg_keeps_its_entropy_coded_data_byte_for_byte_and_only_the_adobe_segment()
    {
        var original = Read("jpeg-segments.pdf");
        using var before = PdfDocument.Open(original);
        using var after = PdfDocument.Open(PdfBlinder.Blind(original, Header));
        var jpegBefore = before.GetPage(1).GetImages().Single().RawBytes.ToArray();
        var jpegAfter = after.GetPage(1).GetImages().Single().RawBytes.ToArray();

        Assert.Contains((byte)0xFE, Markers(jpegBefore));
        Assert.DoesNotContain(Markers(jpegAfter), m => m == 0xFE || (m >= 0xE0 && m <= 0xEF && m != 0xEE));
        var scanBefore = jpegBefore.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);
        var scanAfter = jpegAfter.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);
        Assert.Equal(jpegBefore[scanBefore..], jpegAfter[scanAfter..]);
    }

    private static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(FixturePaths.BlindCorpus, file));

    // The marker of every segment before the first scan.
    private static List<byte> Markers(byte[] jpeg)
    {
        var markers = new List<byte>();
        for (var i = 2; i + 3 < jpeg.Length && jpeg[i] == 0xFF && jpeg[i + 1] != 0xDA; i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]))
        {
            markers.Add(jpeg[i + 1]);
        }

        return markers;
    }
}
