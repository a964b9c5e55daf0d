using DeepMath.AbstractFormat;
using DeepMath.AbstractFormat.Text;

namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>Every rule from both sides, on PDFs built from the DeepMath template (tests/fixtures/abstracts).</summary>
public class TemplateFixtureTests
{
    public static TheoryData<string, string[], string[]> Cases => new()
    {
        { "ok-one-page.pdf", [], [] },
        { "ok-two-pages-refs.pdf", [], [] },
        { "ok-refs-flow.pdf", [], [] },
        { "template-example.pdf", [], [] },
        { "ten-point.pdf", [], [] },
        { "family-name-only.pdf", [], [] },
        { "page2-no-references.pdf", [FindingCodes.Page2NotReferences], [] },
        { "three-pages.pdf", [FindingCodes.PagesTooMany], [] },
        { "a4-paper.pdf", [FindingCodes.PageSize], [] },
        { "narrow-margins.pdf", [FindingCodes.Margins], [] },
        { "overfull-line.pdf", [FindingCodes.Margins], [] },
        { "small-font.pdf", [FindingCodes.FontTooSmall], [] },
        { "no-template.pdf", [FindingCodes.TemplateMissing], [] },
        { "metadata-author.pdf", [FindingCodes.AnonymityMetadata], [] },
        { "name-in-text.pdf", [FindingCodes.AnonymityName], [] },
        { "initial-name-in-text.pdf", [FindingCodes.AnonymityName], [] },
        { "hyphenated-name.pdf", [FindingCodes.AnonymityName], [] },
        { "diacritics-name.pdf", [FindingCodes.AnonymityName], [] },
        { "folded-name.pdf", [FindingCodes.AnonymityName], [] },
        { "ligature-name.pdf", [FindingCodes.AnonymityName], [] },
        { "final-mode.pdf", [FindingCodes.AnonymityName], [] },
        { "email-in-text.pdf", [FindingCodes.AnonymityEmail], [] },
        { "affiliation.pdf", [], [FindingCodes.AnonymityAffiliation] },
        { "acknowledgments.pdf", [], [FindingCodes.AcknowledgmentsPresent] },
        { "encrypted-password.pdf", [FindingCodes.PdfEncrypted], [] },
        { "encrypted-no-password.pdf", [FindingCodes.PdfEncrypted], [] },
        { "bomb.pdf", [FindingCodes.PdfInvalid], [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_exactly_the_expected_codes(string file, string[] errors, string[] warnings)
    {
        var report = FixtureAuthors.Check(file);

        Assert.Equal(errors.Order(), report.Errors.Select(f => f.Code).Distinct().Order());
        Assert.Equal(warnings.Order(), report.Warnings.Select(f => f.Code).Distinct().Order());
        Assert.Equal(errors.Length == 0, report.Passed);
        Assert.All(report.Errors, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.All(report.Warnings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.All(report.Errors.Concat(report.Warnings), f => Assert.True(f.Message.Length > 40, f.Message));
    }

    [Fact]
    public void An_affiliation_in_the_text_blocks_submission_under_double_blind_review_and_only_warns_otherwise()
    {
        var doubleBlind = FixtureAuthors.Check("affiliation.pdf", FormatRules.Default with { AffiliationIsError = true });
        var singleBlind = FixtureAuthors.Check("affiliation.pdf", FormatRules.Default with { AffiliationIsError = false });

        var error = Assert.Single(doubleBlind.Errors);
        Assert.Equal(FindingCodes.AnonymityAffiliation, error.Code);
        Assert.Contains("double-blind", error.Message, StringComparison.Ordinal);
        Assert.False(doubleBlind.Passed);
        Assert.DoesNotContain(doubleBlind.Warnings, f => f.Code == FindingCodes.AnonymityAffiliation);
        Assert.True(singleBlind.Passed);
        Assert.Equal(FindingCodes.AnonymityAffiliation, Assert.Single(singleBlind.Warnings).Code);
    }

    [Fact]
    public void Clean_two_page_abstract_reports_pages_and_body_size()
    {
        var report = FixtureAuthors.Check("ok-two-pages-refs.pdf");

        Assert.Equal(2, report.Pages);
        Assert.Equal(10.91, report.BodyFontSize!.Value, 2);
        Assert.True(report.Passed);
    }

    [Fact]
    public void Ten_point_latex_measures_just_under_ten_pdf_points_and_passes()
    {
        var report = FixtureAuthors.Check("ten-point.pdf");

        Assert.Equal(9.96, report.BodyFontSize!.Value, 2);
        Assert.DoesNotContain(report.Errors, f => f.Code == FindingCodes.FontTooSmall);
    }

    [Fact]
    public void Small_font_names_the_measured_size()
    {
        var finding = Assert.Single(FixtureAuthors.Check("small-font.pdf").Errors);

        Assert.Equal(1, finding.Page);
        Assert.Contains("8.97 pt", finding.Message);
    }

    [Fact]
    public void Margin_finding_says_where_and_quotes_the_line()
    {
        var finding = Assert.Single(FixtureAuthors.Check("overfull-line.pdf").Errors);

        Assert.Equal(1, finding.Page);
        Assert.Contains("right edge", finding.Message);
        Assert.Contains("saddle_escape_time_estimator", finding.Text);
    }

    [Fact]
    public void Page2_finding_quotes_the_first_line_of_page2()
    {
        var finding = Assert.Single(FixtureAuthors.Check("page2-no-references.pdf").Errors);

        Assert.Equal(2, finding.Page);
        Assert.StartsWith("between plateaus", finding.Text);
    }

    [Theory]
    [InlineData("name-in-text.pdf", "Samuel Okafor")]
    [InlineData("initial-name-in-text.pdf", "S. Okafor")]
    [InlineData("hyphenated-name.pdf", "Maja Lind-qvist")]
    [InlineData("diacritics-name.pdf", "Zoë Müller-Łukasiewicz")]
    [InlineData("folded-name.pdf", "Zoe Muller-Lukasiewicz")]
    public void Name_finding_quotes_the_name_as_printed(string file, string printed)
    {
        var finding = Assert.Single(FixtureAuthors.Check(file).Errors);

        Assert.Equal(1, finding.Page);
        Assert.Equal(printed, finding.Text);
    }

    [Fact]
    public void Ligature_name_is_found_through_the_ffi_ligature()
    {
        var finding = Assert.Single(FixtureAuthors.Check("ligature-name.pdf").Errors);

        Assert.Equal("fiona griffiths", TextFolding.Fold(finding.Text!));
    }

    [Fact]
    public void Email_finding_does_not_also_count_as_a_name()
    {
        var finding = Assert.Single(FixtureAuthors.Check("email-in-text.pdf").Errors);

        Assert.Equal("s.okafor@cs.example.com", finding.Text);
    }

    [Fact]
    public void Metadata_finding_quotes_the_author_entry()
    {
        var finding = Assert.Single(FixtureAuthors.Check("metadata-author.pdf").Errors);

        Assert.Null(finding.Page);
        Assert.Equal("Samuel Okafor", finding.Text);
    }
}
