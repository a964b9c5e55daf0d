using DeepMath.AbstractFormat.Layout;

namespace DeepMath.AbstractFormat.Rules;

/// <summary>Every glyph must lie inside the margins; one finding per page, naming the first line that does not.</summary>
internal sealed class MarginRule : IRule
{
    private static readonly string[] _sides = ["left", "right", "top", "bottom"];

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var rules = context.Rules;
        double[] margins = [rules.MarginLeft, rules.MarginRight, rules.MarginTop, rules.MarginBottom];
        foreach (var page in context.Pages)
        {
            var closest = new double?[4];
            TextLine? first = null;
            foreach (var line in page.Lines)
            {
                double[] distances = [line.Left, page.Width - line.Right, page.Height - line.Top, line.Bottom];
                for (var side = 0; side < 4; side++)
                {
                    if (distances[side] < margins[side] - rules.MarginTolerance)
                    {
                        first ??= line;
                        closest[side] = Math.Min(closest[side] ?? double.MaxValue, distances[side]);
                    }
                }
            }

            if (first is null)
            {
                continue;
            }

            var measured = Enumerable.Range(0, 4)
                .Where(side => closest[side] is not null)
                .Select(side => $"{Units.Points(Math.Max(0, closest[side]!.Value))} from the {_sides[side]} edge "
                    + $"(the margin is {Units.PointsAndInches(margins[side])})");
            yield return Finding.Error(
                FindingCodes.Margins,
                $"On page {page.Number}, text reaches into the margins: {string.Join("; ", measured)}; "
                + $"the tolerance is {Units.Points(rules.MarginTolerance)}. The first line that sticks out is "
                + $"{Units.Quote(first.Text)}. Keep the template's margins (do not load geometry or change "
                + "\\textwidth), and rewrap or shrink the text, tables and equations that stick out.",
                page.Number,
                first.Text);
        }
    }
}
