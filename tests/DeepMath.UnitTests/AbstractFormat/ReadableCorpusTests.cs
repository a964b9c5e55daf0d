using DeepMath.AbstractFormat;

namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>
/// PDFs that poppler opens, extracts and renders without a single error (the corpus's build script checks
/// that) are checked, never refused as unreadable: other filters, colour spaces, inline images, empty
/// streams, indirect filters and junk before the header.
/// </summary>
public class ReadableCorpusTests
{
    // Pages that hold only an image or nothing: read, and reported as having no text (the author may ask for an exception).
    private static readonly string[] _withoutText = ["scan-ccitt.pdf", "scan-cmyk-jpeg.pdf", "blank-pages.pdf"];

    public static TheoryData<string> Files() => new(Names());

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(FixturePaths.ReadableCorpus, "*.pdf").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Fact]
    public void The_corpus_covers_every_kind_the_checker_once_refused()
    {
        var files = Names().ToList();

        Assert.True(files.Count >= 40, $"only {files.Count} files");
        foreach (var kind in new[] { "lzw", "ccitt", "ascii85", "asciihex", "runlength", "gray", "cmyk", "inline", "empty", "indirect-filter", "leading-junk" })
        {
            Assert.Contains(files, f => f.Contains(kind, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_is_read_and_checked(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixturePaths.ReadableCorpus, file));

        // Readability is under test, not speed: a generous time budget keeps a busy test machine from failing it.
        var rules = FormatRules.Default with { TemplateKey = null, TimeBudgetMilliseconds = 30_000 };

        var report = new FormatChecker().Check(bytes, rules, FixtureAuthors.Authors, []);

        Assert.DoesNotContain(report.Errors, f => f.Code == FindingCodes.PdfInvalid);
        Assert.True(report.Pages >= 1);
        if (_withoutText.Contains(file))
        {
            Assert.Equal(FindingCodes.TextMissing, Assert.Single(report.Errors).Code);
        }
        else
        {
            Assert.Equal(11, report.BodyFontSize);
            Assert.Empty(report.Errors);
        }
    }
}
