using System.Globalization;
using DeepMath.Assignment;

namespace DeepMath.Cli.Commands.Assign;

/// <summary>
/// What `deepmath assign` prints: a summary, short papers, the mode's figures beside max-sum's, and one
/// `figure NAME: VALUE` line per figure, which bench/assign turns into its MODE_SIZE_KEY lines.
/// </summary>
internal static class AssignReport
{
    private const int MaxReasonsShown = 10;

    public static void Write(TextWriter output, AssignmentInstance instance, AssignmentResult result, double seconds, string outPath)
    {
        var wanted = (long)instance.Papers.Count * instance.ReviewsPerPaper;
        output.WriteLine(Invariant(
            $"assigned {result.Assigned} of {wanted} reviews, objective {result.Objective:F4}, in {seconds:F2} s; written to {outPath}"));
        if (result.Shortfalls.Count > 0)
        {
            output.WriteLine($"{result.Shortfalls.Count} papers short of {instance.ReviewsPerPaper} reviews:");
            foreach (var shortfall in result.Shortfalls.Take(MaxReasonsShown))
            {
                output.WriteLine($"  {shortfall.Paper}: {shortfall.Assigned} of {shortfall.Wanted}, {shortfall.Reason}");
            }

            if (result.Shortfalls.Count > MaxReasonsShown)
            {
                output.WriteLine($"  and {result.Shortfalls.Count - MaxReasonsShown} more");
            }
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine($"note: {note}");
        }

        foreach (var (name, value) in Figures(instance, result))
        {
            output.WriteLine($"figure {name}: {value}");
        }
    }

    public static IEnumerable<(string Name, string Value)> Figures(AssignmentInstance instance, AssignmentResult result)
    {
        var mine = AssignmentFigures.Of(instance, result);
        var baseline = result.MaxSum is { } maxSum ? AssignmentFigures.Of(instance, maxSum) : mine;
        yield return ("assigned", Invariant($"{result.Assigned}"));
        yield return ("objective", Invariant($"{result.Objective:F4}"));
        yield return ("maxsum_objective", Invariant($"{baseline.Total:F4}"));
        yield return ("lowest_pair", Invariant($"{mine.LowestPair:F4}"));
        yield return ("maxsum_lowest_pair", Invariant($"{baseline.LowestPair:F4}"));
        yield return ("lowest_paper_total", Invariant($"{mine.LowestPaperTotal:F4}"));
        yield return ("maxsum_lowest_paper_total", Invariant($"{baseline.LowestPaperTotal:F4}"));
        yield return ("p5_paper_total", Invariant($"{mine.Percentile5PaperTotal:F4}"));
        yield return ("eager_honoured", Invariant($"{mine.EagerHonoured}/{mine.EagerBids}"));
        yield return ("willing_honoured", Invariant($"{mine.WillingHonoured}/{mine.WillingBids}"));
        yield return ("negative_bids_assigned", Invariant($"{mine.NegativeBidsAssigned}"));
        yield return ("reviewers_at_zero", Invariant($"{mine.ReviewersAtZero}"));
        yield return ("reviewers_at_max", Invariant($"{mine.ReviewersAtMax}"));
        yield return ("load_histogram", string.Join(' ', mine.LoadHistogram.Select((count, load) => Invariant($"{load}:{count}"))));
        yield return ("papers_with_senior", Invariant($"{mine.PapersWithSenior}/{mine.Papers}"));
        yield return ("papers_distinct_institutions", Invariant($"{mine.PapersWithDistinctInstitutions}/{mine.Papers}"));
        yield return ("repaired", Invariant($"{result.Repaired}"));
        if (result.Threshold is { } threshold)
        {
            yield return ("threshold", Invariant($"{threshold:F4}"));
        }

        if (result.UpperBound is { } bound)
        {
            yield return ("bound", Invariant($"{bound:F4}"));
            yield return ("gap_percent", Invariant($"{result.GapPercent:F3}"));
        }

        if (result.Seed is { } seed)
        {
            yield return ("seed", Invariant($"{seed}"));
            yield return ("expected_objective", Invariant($"{result.ExpectedObjective:F4}"));
            yield return ("max_pair_probability", Invariant($"{result.MaxPairProbability:F4}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
