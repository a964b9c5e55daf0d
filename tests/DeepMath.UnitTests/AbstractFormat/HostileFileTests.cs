using DeepMath.AbstractFormat;
using DeepMath.AbstractFormat.Reading;

namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>Hostile files get a quick error, within bounded time and memory.</summary>
public class HostileFileTests
{
    private const long MemoryCeiling = 200L * 1024 * 1024;
    private static readonly TimeSpan _timeCeiling = TimeSpan.FromSeconds(5);

    [Fact]
    public void Garbage_with_a_pdf_header_is_invalid()
    {
        var report = Measure(HostilePdfs.Garbage(200_000, seed: 7));

        Assert.Equal(FindingCodes.PdfInvalid, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Bytes_that_are_not_a_pdf_are_invalid()
    {
        var report = Measure("GIF89a not a pdf at all"u8.ToArray());

        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.PdfInvalid, finding.Code);
        Assert.Contains("%PDF-", finding.Message);
    }

    [Fact]
    public void Empty_file_is_invalid()
    {
        Assert.Equal(FindingCodes.PdfInvalid, Assert.Single(Measure([]).Errors).Code);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Truncated_file_is_invalid(double kept)
    {
        var whole = File.ReadAllBytes(FixturePaths.Abstract("ok-one-page.pdf"));

        var report = Measure(whole[..(int)(whole.Length * kept)]);

        Assert.Equal(FindingCodes.PdfInvalid, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Committed_double_flate_bomb_is_refused_within_bounds()
    {
        var report = Measure(File.ReadAllBytes(FixturePaths.Abstract("bomb.pdf")));

        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.PdfInvalid, finding.Code);
        Assert.Contains("expands to more than", finding.Message);
    }

    [Fact]
    public void Single_flate_bomb_is_refused_before_it_is_inflated_into_memory()
    {
        var report = Measure(HostilePdfs.SingleLayerBomb(256L * 1024 * 1024));

        Assert.Equal(FindingCodes.PdfInvalid, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Three_hundred_pages_are_counted_but_only_the_allowed_pages_are_read()
    {
        var report = Measure(HostilePdfs.ManyPages(300), FormatRules.Default with { TemplateKey = null });

        Assert.Equal(300, report.Pages);
        Assert.Equal(FindingCodes.PagesTooMany, Assert.Single(report.Errors).Code);
        Assert.Contains("300 pages", report.Errors[0].Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_parsing()
    {
        var bytes = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(bytes);

        var finding = Assert.Single(Measure(bytes).Errors);

        Assert.Equal(FindingCodes.PdfTooLarge, finding.Code);
        Assert.Contains("10 MiB", finding.Message);
    }

    [Fact]
    public void An_endless_upload_is_read_only_up_to_the_limit()
    {
        var upload = new EndlessStream();

        var report = new FormatChecker().Check(upload, FormatRules.Default, [], []);

        Assert.Equal(FindingCodes.PdfTooLarge, Assert.Single(report.Errors).Code);
        Assert.InRange(upload.BytesRead, 10 * 1024 * 1024, (10 * 1024 * 1024) + 100_000);
    }

    [Fact]
    public async Task An_endless_upload_read_asynchronously_is_also_cut_off()
    {
        var report = await new FormatChecker().CheckAsync(new EndlessStream(), FormatRules.Default, [], []);

        Assert.Equal(FindingCodes.PdfTooLarge, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void The_size_limit_is_configurable()
    {
        var report = FixtureAuthors.Check("ok-one-page.pdf", FormatRules.Default with { MaxFileBytes = 10_000 });

        Assert.Equal(FindingCodes.PdfTooLarge, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void A_check_that_runs_out_of_time_is_reported_as_unreadable()
    {
        var report = FixtureAuthors.Check("ok-one-page.pdf", FormatRules.Default with { TimeBudgetMilliseconds = 0 });

        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.PdfInvalid, finding.Code);
        Assert.Contains("took longer than", finding.Message);
    }

    [Fact]
    public void A_cancelled_check_throws()
    {
        var bytes = File.ReadAllBytes(FixturePaths.Abstract("ok-one-page.pdf"));

        Assert.ThrowsAny<OperationCanceledException>(
            () => new FormatChecker().Check(bytes, FormatRules.Default, [], [], new CancellationToken(canceled: true)));
    }

    private static FormatReport Measure(byte[] pdf, FormatRules? rules = null)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var started = ThreadCpuClock.Now();

        var report = new FormatChecker().Check(pdf, rules ?? FormatRules.Default, FixtureAuthors.Authors, []);

        // Processor time, like the checker's own budget: the other test projects' load only adds waiting.
        var spent = ThreadCpuClock.Now() - started;
        Assert.True(spent < _timeCeiling, $"took {spent} of processor time");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < MemoryCeiling, $"allocated {allocated / (1024 * 1024)} MiB");
        return report;
    }
}
