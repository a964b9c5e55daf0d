using DeepMath.AbstractFormat;

namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>Organizers may change every number; the same fixtures then pass or fail accordingly.</summary>
public class ConfigurableRulesTests
{
    [Fact]
    public void More_pages_allowed()
    {
        var report = FixtureAuthors.Check("three-pages.pdf", FormatRules.Default with { MaxPages = 3 });
        var withoutReferencesRule = FixtureAuthors.Check(
            "three-pages.pdf", FormatRules.Default with { MaxPages = 3, ReferencesOnlyFromPage = null });

        Assert.DoesNotContain(report.Errors, f => f.Code == FindingCodes.PagesTooMany);
        Assert.Equal(FindingCodes.Page2NotReferences, Assert.Single(report.Errors).Code);
        Assert.True(withoutReferencesRule.Passed);
    }

    [Fact]
    public void Page_two_may_hold_anything_when_the_references_rule_is_off()
    {
        var report = FixtureAuthors.Check("page2-no-references.pdf", FormatRules.Default with { ReferencesOnlyFromPage = null });

        Assert.True(report.Passed);
    }

    [Fact]
    public void A4_paper_allowed()
    {
        var report = FixtureAuthors.Check("a4-paper.pdf", FormatRules.Default with { PageWidth = 595.28, PageHeight = 841.89 });

        Assert.True(report.Passed);
    }

    [Fact]
    public void Narrower_margins_allowed()
    {
        var rules = FormatRules.Default with { MarginLeft = 43, MarginRight = 43, MarginTop = 43, MarginBottom = 43 };

        Assert.True(FixtureAuthors.Check("narrow-margins.pdf", rules).Passed);
    }

    [Fact]
    public void Wider_margins_required()
    {
        var report = FixtureAuthors.Check("ok-one-page.pdf", FormatRules.Default with { MarginLeft = 90 });

        var finding = Assert.Single(report.Errors);
        Assert.Equal(FindingCodes.Margins, finding.Code);
        Assert.Contains("left edge", finding.Message);
    }

    [Fact]
    public void Larger_minimum_font()
    {
        var report = FixtureAuthors.Check("ok-one-page.pdf", FormatRules.Default with { MinBodyFontSize = 12 });

        Assert.Equal(FindingCodes.FontTooSmall, Assert.Single(report.Errors).Code);
    }

    [Fact]
    public void Template_not_required()
    {
        Assert.True(FixtureAuthors.Check("no-template.pdf", FormatRules.Default with { TemplateKey = null }).Passed);
    }

    [Fact]
    public void Anonymity_not_checked()
    {
        var rules = FormatRules.Default with { CheckAnonymity = false };

        foreach (var file in new[] { "name-in-text.pdf", "email-in-text.pdf", "metadata-author.pdf", "acknowledgments.pdf" })
        {
            var report = FixtureAuthors.Check(file, rules);
            Assert.True(report.Passed, file);
            Assert.Empty(report.Warnings);
        }
    }

    [Fact]
    public void Rules_are_records_with_the_call_defaults()
    {
        var rules = FormatRules.Default;

        Assert.Equal((10L * 1024 * 1024, 2, 2), (rules.MaxFileBytes, rules.MaxPages, rules.ReferencesOnlyFromPage));
        Assert.Equal((612d, 792d, 3d), (rules.PageWidth, rules.PageHeight, rules.PageSizeTolerance));
        Assert.Equal((72d, 4d), (rules.MarginLeft, rules.MarginTolerance));
        Assert.Equal((10d, 0.1), (rules.MinBodyFontSize, rules.FontSizeTolerance));
        Assert.Equal("DeepMathTemplate", rules.TemplateKey);
    }
}
