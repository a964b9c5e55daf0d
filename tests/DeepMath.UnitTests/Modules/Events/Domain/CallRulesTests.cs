using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.UnitTests.Modules.Events.Domain;

public sealed class CallRulesTests
{
    [Fact]
    public void The_deepmath_defaults_read_as_the_call_states_them() =>
        Assert.Equal(
        [
            "A PDF file of at most 10 MiB.",
            "At most one page, and a second page for references only.",
            "Paper: US Letter, 612 x 792 pt, within 3 pt.",
            "Margins: nothing within 72 pt (1 in) of any edge of the paper, within 4 pt.",
            "Body text in a font of at least 10 pt (within 0.1 pt).",
            "Prepared with the DeepMath LaTeX style file below: the PDF must carry its /DeepMathTemplate stamp, which the style file adds.",
            "Anonymized: no author's name or e-mail address in the text, and an empty Author in the PDF's properties. Leave acknowledgments and affiliations out until the final version.",
        ], CallRules.Describe(FormatRules.Default));

    [Fact]
    public void Changed_rules_read_as_changed()
    {
        var rules = FormatRules.Default with
        {
            MaxFileBytes = 5L * 1024 * 1024, MaxPages = 4, ReferencesOnlyFromPage = null, PageWidth = 500, PageHeight = 700, MarginLeft = 36,
            MarginTolerance = 0, MinBodyFontSize = 9, FontSizeTolerance = 0, TemplateKey = null, CheckAnonymity = false,
        };

        Assert.Equal(
        [
            "A PDF file of at most 5 MiB.",
            "At most 4 pages.",
            "Paper: 500 x 700 pt (6.94 x 9.72 in), within 3 pt.",
            "Margins: nothing within 36 pt of the left edge, 72 pt of the right, 72 pt of the top and 72 pt of the bottom.",
            "Body text in a font of at least 9 pt.",
            "Any LaTeX setup may be used; the DeepMath template below is recommended but not required.",
            "Author names are allowed; the check does not look for them.",
        ], CallRules.Describe(rules));
    }

    [Fact]
    public void More_pages_with_references_after_the_first_say_where_the_abstract_goes() =>
        Assert.Equal("At most 3 pages: the abstract on the first page, the rest for references only.",
            CallRules.Describe(FormatRules.Default with { MaxPages = 3 })[1]);
}
