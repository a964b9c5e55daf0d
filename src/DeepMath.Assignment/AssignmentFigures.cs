namespace DeepMath.Assignment;

/// <summary>
/// The figures the preview and the benchmark show for an assignment, computed from its pairs and scores
/// alone, so that two modes' results are compared by the same arithmetic.
/// </summary>
public sealed record AssignmentFigures
{
    public required double Total { get; init; }

    public required double LowestPair { get; init; }

    public required double LowestPaperTotal { get; init; }

    /// <summary>The paper total that 5% of papers are at or below.</summary>
    public required double Percentile5PaperTotal { get; init; }

    public required int EagerHonoured { get; init; }

    public required int EagerBids { get; init; }

    public required int WillingHonoured { get; init; }

    public required int WillingBids { get; init; }

    /// <summary>Assigned pairs with a reluctant (-1) bid.</summary>
    public required int NegativeBidsAssigned { get; init; }

    /// <summary>How many reviewers have each load, from 0 up to the largest.</summary>
    public required IReadOnlyList<int> LoadHistogram { get; init; }

    public required int ReviewersAtZero { get; init; }

    public required int ReviewersAtMax { get; init; }

    /// <summary>Papers with at least one reviewer of which at least one is senior.</summary>
    public required int PapersWithSenior { get; init; }

    /// <summary>Papers whose reviewers all come from different institutions (unknown ones never clash).</summary>
    public required int PapersWithDistinctInstitutions { get; init; }

    public required int PapersWithDistinctCountries { get; init; }

    public required int Papers { get; init; }

    public static AssignmentFigures Of(AssignmentInstance instance, AssignmentResult result)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        var paperIndex = new Dictionary<string, int>(instance.Papers.Count, StringComparer.Ordinal);
        for (var p = 0; p < instance.Papers.Count; p++)
        {
            paperIndex[instance.Papers[p].Id] = p;
        }

        var reviewers = new Dictionary<string, Reviewer>(instance.Reviewers.Count, StringComparer.Ordinal);
        foreach (var reviewer in instance.Reviewers)
        {
            reviewers[reviewer.Id] = reviewer;
        }

        var totals = new double[instance.Papers.Count];
        var byPaper = new List<Reviewer>[instance.Papers.Count];
        var loads = new Dictionary<string, int>(StringComparer.Ordinal);
        var assigned = new HashSet<ReviewAssignment>(result.Assignments);
        var lowestPair = double.PositiveInfinity;
        for (var i = 0; i < result.Assignments.Count; i++)
        {
            var pair = result.Assignments[i];
            var p = paperIndex[pair.Paper];
            var score = i < result.Scores.Count ? result.Scores[i] : 0;
            totals[p] += score;
            lowestPair = Math.Min(lowestPair, score);
            (byPaper[p] ??= []).Add(reviewers[pair.Reviewer]);
            loads[pair.Reviewer] = loads.GetValueOrDefault(pair.Reviewer) + 1;
        }

        int Honoured(int value) => instance.Bids.Count(b => b.Value == value && assigned.Contains(new ReviewAssignment(b.Reviewer, b.Paper)));
        var sorted = totals.Order().ToArray();
        var reviewerLoads = instance.Reviewers.Select(r => loads.GetValueOrDefault(r.Id)).ToArray();
        var histogram = new int[reviewerLoads.Length == 0 ? 0 : reviewerLoads.Max() + 1];
        foreach (var load in reviewerLoads)
        {
            histogram[load]++;
        }

        static bool Distinct(List<Reviewer> list, Func<Reviewer, string?> key)
        {
            var known = list.Select(key).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim().ToUpperInvariant()).ToList();
            return known.Count == known.Distinct().Count();
        }

        var reviewed = byPaper.Where(l => l is not null).ToList();
        return new AssignmentFigures
        {
            Total = result.Scores.Sum(),
            LowestPair = double.IsPositiveInfinity(lowestPair) ? 0 : lowestPair,
            LowestPaperTotal = sorted.Length == 0 ? 0 : sorted[0],
            Percentile5PaperTotal = sorted.Length == 0 ? 0 : sorted[(int)Math.Floor(0.05 * (sorted.Length - 1))],
            EagerHonoured = Honoured(2),
            EagerBids = instance.Bids.Count(b => b.Value == 2),
            WillingHonoured = Honoured(1),
            WillingBids = instance.Bids.Count(b => b.Value == 1),
            NegativeBidsAssigned = Honoured(-1),
            LoadHistogram = histogram,
            ReviewersAtZero = reviewerLoads.Count(l => l == 0),
            ReviewersAtMax = instance.Reviewers.Count(r => loads.GetValueOrDefault(r.Id) >= r.MaxLoad),
            PapersWithSenior = reviewed.Count(l => l.Exists(r => r.Senior)),
            PapersWithDistinctInstitutions = reviewed.Count(l => Distinct(l, r => r.Institution)),
            PapersWithDistinctCountries = reviewed.Count(l => Distinct(l, r => r.Country)),
            Papers = instance.Papers.Count,
        };
    }
}
