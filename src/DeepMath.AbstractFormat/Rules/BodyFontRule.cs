namespace DeepMath.AbstractFormat.Rules;

internal sealed class BodyFontRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var rules = context.Rules;
        var size = BodyFont.Measure(context.Pages);
        if (context.Pages.Count > 0 && size is null)
        {
            // The file is a good PDF (a scan, or text drawn as outlines); it is kept, and the author may ask
            // for an exception, which a refusal as pdf.invalid would not allow.
            yield return Finding.Error(
                FindingCodes.TextMissing,
                "No text could be read on page 1, so the font size, names and e-mails cannot be checked: the page may "
                + "be a scanned image or its fonts may be drawn as pictures. Compile the abstract with pdflatex and the "
                + "DeepMath template, or ask for an exception if the page really has no text.",
                1);
        }
        else if (size is { } body && body < rules.MinBodyFontSize - rules.FontSizeTolerance)
        {
            yield return Finding.Error(
                FindingCodes.FontTooSmall,
                $"The body text on page 1 is set in {Units.Points(body)} type; it must be at least "
                + $"{Units.Points(rules.MinBodyFontSize)} (LaTeX's 10pt, 9.96 PDF points, passes). Remove "
                + "\\small, \\footnotesize or a smaller class option such as [9pt], and keep the template's 11 pt.",
                1);
        }
    }
}
