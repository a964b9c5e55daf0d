using System.Globalization;
using DeepMath.Assignment;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>One figure of the preview's side-by-side table: the chosen mode's value and max-sum's.</summary>
public sealed record ComparisonRow(string Figure, string Chosen, string MaxSum);

/// <summary>
/// The preview's explanation of a mode other than max-sum: what it guarantees, its seed or bound, and every
/// figure beside the max-sum assignment's under the same data, so organizers see what fairness or randomness costs.
/// </summary>
public sealed record ModeComparison(
    AssignmentMode Mode, string ModeName, IReadOnlyList<string> Notes, IReadOnlyList<ComparisonRow> Rows, int? Seed, double MaxPairProbability)
{
    public static ModeComparison Of(AssignmentInstance instance, AssignmentResult result, AssignmentOptions options)
    {
        var maxSum = result.MaxSum ?? result;
        var a = AssignmentFigures.Of(instance, result);
        var b = AssignmentFigures.Of(instance, maxSum);
        static string N(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        static string Share(int part, int whole) => whole == 0 ? "none made" : $"{part} of {whole}";
        static string Histogram(IReadOnlyList<int> bars) => string.Join(" · ", bars.Select((count, load) => $"{load}: {count}").Where((_, load) => bars[load] > 0));
        var rows = new List<ComparisonRow>
        {
            new("Total score", N(a.Total), N(b.Total)),
            new("Lowest pair score", N(a.LowestPair), N(b.LowestPair)),
            new("Lowest abstract total", N(a.LowestPaperTotal), N(b.LowestPaperTotal)),
            new("5th-percentile abstract total", N(a.Percentile5PaperTotal), N(b.Percentile5PaperTotal)),
            new("Eager bids honoured", Share(a.EagerHonoured, a.EagerBids), Share(b.EagerHonoured, b.EagerBids)),
            new("Willing bids honoured", Share(a.WillingHonoured, a.WillingBids), Share(b.WillingHonoured, b.WillingBids)),
            new("Reluctant bids assigned", $"{a.NegativeBidsAssigned}", $"{b.NegativeBidsAssigned}"),
            new("Load histogram (reviews: reviewers)", Histogram(a.LoadHistogram), Histogram(b.LoadHistogram)),
            new("Reviewers with no review", $"{a.ReviewersAtZero}", $"{b.ReviewersAtZero}"),
            new("Reviewers at their maximum", $"{a.ReviewersAtMax}", $"{b.ReviewersAtMax}"),
            new("Abstracts with a senior reviewer", Share(a.PapersWithSenior, a.Papers), Share(b.PapersWithSenior, b.Papers)),
            new("Abstracts whose reviewers' institutions all differ", Share(a.PapersWithDistinctInstitutions, a.Papers), Share(b.PapersWithDistinctInstitutions, b.Papers)),
            new("Abstracts whose reviewers' countries all differ", Share(a.PapersWithDistinctCountries, a.Papers), Share(b.PapersWithDistinctCountries, b.Papers)),
        };
        if (result.UpperBound is { } bound)
        {
            rows.Add(new("Proved bound on the lowest abstract total", N(bound), "—"));
            rows.Add(new("Gap to the bound", $"{result.GapPercent:0.00}%".Replace(',', '.'), "—"));
        }

        if (result.MaxPairProbability is { } largest)
        {
            rows.Add(new("Seed of the draw", $"{result.Seed}", "—"));
            rows.Add(new("Expected total score", N(result.ExpectedObjective ?? 0), N(b.Total)));
            rows.Add(new("Largest pair probability", N(largest), "1.00"));
        }

        return new ModeComparison(result.Mode, AssignmentOptions.Name(result.Mode), result.Notes, rows, result.Seed, options.MaxPairProbability);
    }
}
