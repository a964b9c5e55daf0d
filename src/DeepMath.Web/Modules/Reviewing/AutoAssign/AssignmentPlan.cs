namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>A pair the solver proposes, with its score (affinity + bid weight × bid).</summary>
public sealed record ProposedPair(Guid SubmissionId, int Number, Guid ReviewerId, string ReviewerName, double Score);

/// <summary>How many reviewers carry each load, for the histogram.</summary>
public sealed record LoadBar(int Load, int Reviewers);

public sealed record ReviewerLoad(string Name, int Load, int MaxLoad, bool MaxLoadStated);

public sealed record Shortfall(int Number, string Title, int Assigned, int Wanted, string Reason);

/// <summary>An assignment already made that a conflict now forbids: the solver leaves it out, the organizers should remove it.</summary>
public sealed record StaleAssignment(int Number, string ReviewerName, string Reason);

/// <summary>
/// What applying the solver's answer would give, for organizers to judge before applying: the new pairs, the
/// total and the weakest submission's score, the loads, the share of eager and willing bids honored, the shortfalls.
/// </summary>
public sealed record AssignmentPlan(
    int ReviewsPerSubmission,
    int DefaultMaxLoad,
    int Kept,
    IReadOnlyList<ProposedPair> Proposed,
    double TotalScore,
    double? LowestSubmissionScore,
    IReadOnlyList<LoadBar> LoadHistogram,
    IReadOnlyList<ReviewerLoad> Loads,
    BidsHonored Eager,
    BidsHonored Willing,
    IReadOnlyList<Shortfall> Shortfalls,
    IReadOnlyList<StaleAssignment> Stale,
    double Seconds)
{
    /// <summary>The chosen mode's figures beside max-sum's (for max-sum itself, its figures alone).</summary>
    public ModeComparison? Comparison { get; init; }

    /// <summary>The weights the scores were made with, stated in the preview.</summary>
    public ScoreWeights Weights { get; init; } = ScoreWeights.Default;

    /// <summary>For each abstract, the next best eligible reviewers not on it, for replacing one who drops out.</summary>
    public IReadOnlyList<PaperAlternates> Alternates { get; init; } = [];
}

/// <summary>The next best eligible reviewers of an abstract, best first (not conflicted, not on it, fitting its constraints).</summary>
public sealed record PaperAlternates(int Number, string Title, IReadOnlyList<string> Reviewers);

public readonly record struct BidsHonored(int Honored, int Total)
{
    public string Text => Total == 0 ? "none made" : $"{Honored} of {Total} ({100.0 * Honored / Total:0}%)";
}
