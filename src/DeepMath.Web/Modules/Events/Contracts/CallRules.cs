using System.Globalization;
using DeepMath.AbstractFormat;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>
/// What organizers may set in a call's format rules, and the rules in words for authors. The safety
/// limits of the checker (decoded bytes, time budget) are not the organizers' to change.
/// </summary>
public static class CallRules
{
    public const int MaxFileMiB = 50;
    public const int MaxPages = 50;
    public const int MinPaperPoints = 144;
    public const int MaxPaperPoints = 2000;
    public const int MaxPaperTolerance = 36;
    public const int MaxMargin = 300;
    public const int MaxMarginTolerance = 36;
    public const int MinFontSize = 4;
    public const int MaxFontSize = 30;
    public const int MaxFontTolerance = 2;
    public const int TemplateKeyMaxLength = 64;

    /// <summary>The rules a call's uploads are checked against: its own, with the checker's safety limits always the defaults.</summary>
    public static FormatRules Effective(FormatRules? rules) => rules is null
        ? FormatRules.Default
        : rules with { MaxDecodedBytes = FormatRules.Default.MaxDecodedBytes, TimeBudgetMilliseconds = FormatRules.Default.TimeBudgetMilliseconds };

    /// <summary>The rules in sentences an author reads on the call page.</summary>
    /// <param name="template">Which template the call offers; with none, no marker is asked for whatever the rules hold.</param>
    public static IReadOnlyList<string> Describe(FormatRules rules, TemplateChoice template = TemplateChoice.DeepMath)
    {
        var sentences = new List<string>
        {
            $"A PDF file of at most {Number(rules.MaxFileBytes / (1024.0 * 1024))} MiB.",
            Pages(rules),
            $"Paper: {Paper(rules.PageWidth, rules.PageHeight)}{Within(rules.PageSizeTolerance)}.",
            Margins(rules),
            $"Body text in a font of at least {Number(rules.MinBodyFontSize)} pt"
                + (rules.FontSizeTolerance > 0 ? $" (within {Number(rules.FontSizeTolerance)} pt)." : "."),
            TemplateSentence(rules, template),
        };
        if (rules.CheckAnonymity)
        {
            sentences.Add("Anonymized: no author's name or e-mail address in the text, and an empty Author in the PDF's properties."
                + (rules.WarnOnAcknowledgments ? " Leave acknowledgments and affiliations out until the final version." : string.Empty));
        }
        else
        {
            sentences.Add("Author names are allowed; the check does not look for them.");
        }
        return sentences;
    }

    private static string TemplateSentence(FormatRules rules, TemplateChoice template) => (template, string.IsNullOrEmpty(rules.TemplateKey)) switch
    {
        (TemplateChoice.None, _) => "No template: write in the style you usually use, within these rules.",
        (TemplateChoice.Own, true) => "The call's own template below is recommended but not required.",
        (TemplateChoice.Own, false) => $"Prepared with the call's own template below: the PDF must carry its /{rules.TemplateKey} stamp, which the template adds.",
        (_, true) => "Any LaTeX setup may be used; the DeepMath template below is recommended but not required.",
        _ => $"Prepared with the DeepMath LaTeX style file below: the PDF must carry its /{rules.TemplateKey} stamp, which the style file adds.",
    };

    private static string Pages(FormatRules rules)
    {
        var max = rules.MaxPages;
        var from = rules.ReferencesOnlyFromPage;
        if (from is not { } refs || refs > max)
        {
            return $"At most {PageCount(max)}.";
        }
        return refs == 2 && max == 2
            ? "At most one page, and a second page for references only."
            : $"At most {PageCount(max)}: the abstract on {(refs == 2 ? "the first page" : $"the first {refs - 1} pages")}, the rest for references only.";
    }

    private static string PageCount(int pages) => pages == 1 ? "one page" : $"{pages} pages";

    private static string Paper(double width, double height)
    {
        var size = $"{Number(width)} x {Number(height)} pt";
        var name = (Math.Round(width), Math.Round(height)) switch
        {
            (612, 792) => "US Letter",
            (595, 842) => "A4",
            (612, 1008) => "US Legal",
            _ => null,
        };
        return name is null ? $"{size} ({Inches(width)} x {Inches(height)} in)" : $"{name}, {size}";
    }

    private static string Margins(FormatRules rules)
    {
        var tolerance = Within(rules.MarginTolerance);
        return rules.MarginLeft == rules.MarginRight && rules.MarginLeft == rules.MarginTop && rules.MarginLeft == rules.MarginBottom
            ? $"Margins: nothing within {Number(rules.MarginLeft)} pt ({Inches(rules.MarginLeft)} in) of any edge of the paper{tolerance}."
            : $"Margins: nothing within {Number(rules.MarginLeft)} pt of the left edge, {Number(rules.MarginRight)} pt of the right, "
              + $"{Number(rules.MarginTop)} pt of the top and {Number(rules.MarginBottom)} pt of the bottom{tolerance}.";
    }

    private static string Within(double tolerance) => tolerance > 0 ? $", within {Number(tolerance)} pt" : string.Empty;

    private static string Inches(double points) => Number(points / 72);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
