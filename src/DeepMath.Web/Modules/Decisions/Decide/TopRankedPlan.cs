namespace DeepMath.Web.Modules.Decisions.Decide;

public sealed record RankedCandidate(Guid Id, int Number, string Title, double? Calibrated, double? Mean, int Done, string? CurrentOutcome);

/// <summary>What "accept the top N as talks and the next M as posters" would do, shown before it is done.</summary>
public sealed record TopRankedPlan(int Talks, int Posters, IReadOnlyList<RankedCandidate> AsTalks, IReadOnlyList<RankedCandidate> AsPosters, int Unreviewed)
{
    public const int MaxEach = 2000;
}
