namespace DeepMath.AbstractFormat.Rules;

internal sealed class PageSizeRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var rules = context.Rules;
        foreach (var page in context.Pages)
        {
            var fits = Math.Abs(page.Width - rules.PageWidth) <= rules.PageSizeTolerance
                && Math.Abs(page.Height - rules.PageHeight) <= rules.PageSizeTolerance;
            if (!fits)
            {
                yield return Finding.Error(
                    FindingCodes.PageSize,
                    $"Page {page.Number} measures {Units.Points(page.Width)} x {Units.Points(page.Height)} "
                    + $"({Describe(page.Width, page.Height)}); the paper must be {Units.Points(rules.PageWidth)} x "
                    + $"{Units.Points(rules.PageHeight)} ({Describe(rules.PageWidth, rules.PageHeight)}). "
                    + "Use the DeepMath template, or set the paper size to US Letter (for example with "
                    + "\\usepackage[letterpaper]{geometry}) and compile again.",
                    page.Number);
            }
        }
    }

    private static string Describe(double width, double height) => (Math.Round(width), Math.Round(height)) switch
    {
        (612, 792) => "US Letter",
        (595, 842) => "A4",
        (842, 595) => "A4 landscape",
        (792, 612) => "US Letter landscape",
        (612, 1008) => "US Legal",
        _ => $"{width / 72:0.##} x {height / 72:0.##} in",
    };
}
