namespace DeepMath.Assignment;

/// <summary>The mode and the constraints an organizer chose; the default is today's exact max-sum.</summary>
public sealed record AssignmentOptions
{
    public static readonly AssignmentOptions Default = new();

    public AssignmentMode Mode { get; init; } = AssignmentMode.MaxSum;

    /// <summary>Random mode: the largest probability any pair may have (0.01 to 1, in steps of 0.01).</summary>
    public double MaxPairProbability { get; init; } = 0.5;

    /// <summary>Random mode: the seed of the sampling; null draws one, which the result reports.</summary>
    public int? Seed { get; init; }

    public bool RequireSenior { get; init; }

    public bool DistinctInstitutions { get; init; }

    public bool DistinctCountries { get; init; }

    public bool SeparateCoauthors { get; init; }

    public bool NoReciprocalReviews { get; init; }

    /// <summary>How many next-best eligible reviewers to list per paper for replacing one who drops out.</summary>
    public int AlternatesPerPaper { get; init; }

    /// <summary>Fair mode: how long the local search, the LP relaxation and the counting bound may run in all.</summary>
    public TimeSpan FairTimeLimit { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Told, as it goes, what a long solve is doing (fair mode's phases, a minute at NeurIPS size).</summary>
    public Action<string>? Progress { get; init; }

    internal bool HasFlowConstraints => RequireSenior || DistinctInstitutions || DistinctCountries;

    internal bool Grouped => DistinctInstitutions || DistinctCountries;

    internal bool HasRepairs => SeparateCoauthors || NoReciprocalReviews || (RequireSenior && Grouped);

    public static bool TryParseMode(string text, out AssignmentMode mode)
    {
        switch (text.ToLowerInvariant())
        {
            case "maxsum" or "max-sum": mode = AssignmentMode.MaxSum; return true;
            case "bottleneck": mode = AssignmentMode.Bottleneck; return true;
            case "fair": mode = AssignmentMode.Fair; return true;
            case "random": mode = AssignmentMode.Random; return true;
            default: mode = AssignmentMode.MaxSum; return false;
        }
    }

    public static string Name(AssignmentMode mode) => mode switch
    {
        AssignmentMode.Bottleneck => "bottleneck",
        AssignmentMode.Fair => "fair",
        AssignmentMode.Random => "random",
        _ => "maxsum",
    };
}
