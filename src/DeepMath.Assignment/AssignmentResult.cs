namespace DeepMath.Assignment;

/// <summary>An assignment: the most reviews possible, then what the mode optimises, with the figures that prove it.</summary>
public sealed record AssignmentResult
{
    /// <summary>All assignments, the kept existing ones included.</summary>
    public required IReadOnlyList<ReviewAssignment> Assignments { get; init; }

    /// <summary>The score of each assignment, in the same order.</summary>
    public IReadOnlyList<double> Scores { get; init; } = [];

    public int Assigned => Assignments.Count;

    /// <summary>Total score (affinity + bid weight x bid) of all assignments.</summary>
    public required double Objective { get; init; }

    /// <summary>Papers with fewer than k reviews, with the reason.</summary>
    public required IReadOnlyList<PaperShortfall> Shortfalls { get; init; }

    public AssignmentMode Mode { get; init; } = AssignmentMode.MaxSum;

    /// <summary>Bottleneck: the lowest score of a newly assigned pair, the best any assignment of the same size reaches.</summary>
    public double? Threshold { get; init; }

    /// <summary>Fair: a proved upper bound on the lowest paper total any assignment of the same size can reach.</summary>
    public double? UpperBound { get; init; }

    /// <summary>Fair: how far the lowest paper total is below <see cref="UpperBound"/>, in percent of the bound.</summary>
    public double? GapPercent { get; init; }

    /// <summary>Random: the seed that reproduces this sample.</summary>
    public int? Seed { get; init; }

    /// <summary>Random: the expected total score, that of the fractional optimum under the cap.</summary>
    public double? ExpectedObjective { get; init; }

    /// <summary>Random: the largest probability of any pair (at most the cap).</summary>
    public double? MaxPairProbability { get; init; }

    /// <summary>Random: every pair with a positive probability.</summary>
    public IReadOnlyList<PairProbability> Probabilities { get; init; } = [];

    /// <summary>How many reviewers the repairs for co-authors, reciprocal reviews or seniority moved.</summary>
    public int Repaired { get; init; }

    /// <summary>What is exact and what is not, in words for the organizers.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>For each paper with any, the next best eligible reviewers not assigned to it, best first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Alternates { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>For a mode other than max-sum, the max-sum assignment under the same constraints, to compare with.</summary>
    public AssignmentResult? MaxSum { get; init; }
}
