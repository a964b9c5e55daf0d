using DeepMath.AbstractFormat.Text;

namespace DeepMath.AbstractFormat.Rules;

/// <summary>
/// Pages from <see cref="FormatRules.ReferencesOnlyFromPage"/> on hold references only: a "References"
/// or "Bibliography" heading must come before any of their text, at the end of the previous pages
/// or as the first line of the first references page.
/// </summary>
internal sealed class ReferencesPageRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Rules.ReferencesOnlyFromPage is not { } from
            || context.PageCount > context.Rules.MaxPages
            || context.Pages.Count < from)
        {
            yield break;
        }

        var headingBefore = context.Pages
            .Take(from - 1)
            .SelectMany(p => p.Lines)
            .Any(l => Headings.IsReferences(l.Text));
        var firstLine = context.Pages[from - 1].Lines.FirstOrDefault();
        if (headingBefore || firstLine is null || Headings.IsReferences(firstLine.Text))
        {
            yield break;
        }

        yield return Finding.Error(
            FindingCodes.Page2NotReferences,
            $"Page {from} may hold only references, but it starts with {Units.Quote(firstLine.Text)} and no "
            + "\"References\" or \"Bibliography\" heading comes before it. Fit the abstract itself on "
            + (from == 2 ? "page 1" : $"pages 1-{from - 1}")
            + " and put the bibliography (\\bibliography{...} or \\begin{thebibliography}) after it.",
            from,
            firstLine.Text);
    }
}
