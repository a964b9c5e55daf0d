namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// A submission's reviewing figures as last computed for its call (see ScoreTable): what the decision table
/// joins, sorts and filters on, so that a page of 25,000 submissions does not aggregate 100,000 reviews.
/// </summary>
public sealed class ComputedScore
{
    public Guid CallId { get; init; }
    public Guid SubmissionId { get; init; }
    public int Assigned { get; init; }
    public int Done { get; init; }
    public double? Mean { get; init; }
    public double? StdDev { get; init; }
    public double? WeightedMean { get; init; }
    public double? Calibrated { get; init; }

    /// <summary>Highest minus lowest overall score; the disagreement threshold is applied when read.</summary>
    public int? Spread { get; init; }
}

/// <summary>
/// Per call, how many changes its reviews and assignments have seen (<see cref="Changed"/>, counted by
/// statement-level triggers) and at which count its <see cref="ComputedScore"/> rows were computed.
/// </summary>
public sealed class ScoreState
{
    public Guid CallId { get; init; }
    public long Changed { get; set; }
    public long Computed { get; set; }
}
