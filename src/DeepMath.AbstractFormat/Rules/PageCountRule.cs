namespace DeepMath.AbstractFormat.Rules;

internal sealed class PageCountRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        var max = context.Rules.MaxPages;
        if (context.PageCount > max)
        {
            yield return Finding.Error(
                FindingCodes.PagesTooMany,
                $"The PDF has {context.PageCount} pages; at most {max} are allowed"
                + (context.Rules.ReferencesOnlyFromPage is { } refs && refs <= max
                    ? $" (the abstract on {Pages(refs - 1)}, then references only)"
                    : string.Empty)
                + $". Shorten the abstract. Only the first {max} pages were checked for the other rules.");
        }
    }

    private static string Pages(int count) => count == 1 ? "one page" : $"{count} pages";
}
