namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>A possible decision: the three built in, or one an organizer added to a call.</summary>
public sealed record DecisionOutcome(string Key, string Label, bool Accepts)
{
    public const string Talk = "talk";
    public const string Poster = "poster";
    public const string Reject = "reject";

    public static IReadOnlyList<DecisionOutcome> BuiltIn { get; } =
    [
        new(Talk, "accepted as a talk", true),
        new(Poster, "accepted as a poster", true),
        new(Reject, "not accepted", false),
    ];
}
