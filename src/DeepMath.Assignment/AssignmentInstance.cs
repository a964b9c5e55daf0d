namespace DeepMath.Assignment;

/// <summary>
/// Everything the solver needs: papers, reviewers, bids, conflicts and, optionally, precomputed
/// affinities and the assignments to keep when re-running after some were applied or made by hand.
/// </summary>
public sealed class AssignmentInstance
{
    public const double DefaultBidWeight = 0.25;

    /// <summary>The number of reviews each paper should get (k).</summary>
    public int ReviewsPerPaper { get; init; }

    public double BidWeight { get; init; } = DefaultBidWeight;

    public IReadOnlyList<Paper> Papers { get; init; } = [];

    public IReadOnlyList<Reviewer> Reviewers { get; init; } = [];

    public IReadOnlyList<Bid> Bids { get; init; } = [];

    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>
    /// When set, only these pairs and those bid on above -2 are candidates, and topics are ignored;
    /// when null, every pair is a candidate and affinity is the share of the paper's topics the reviewer lists.
    /// </summary>
    public IReadOnlyList<Affinity>? Affinities { get; init; }

    /// <summary>Assignments already made, kept as they are; they count towards k and the reviewers' loads.</summary>
    public IReadOnlyList<ReviewAssignment> ExistingAssignments { get; init; } = [];
}
