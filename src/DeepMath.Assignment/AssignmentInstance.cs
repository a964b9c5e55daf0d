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

    /// <summary>The weight of the topic share in a pair's score (when no affinities are given).</summary>
    public double TopicWeight { get; init; } = 1;

    /// <summary>
    /// The weight of the text similarity (TF-IDF cosine of the paper's <see cref="Paper.Text"/> with the reviewer's
    /// <see cref="Reviewer.Expertise"/>) in a pair's score, when no affinities are given; 0 leaves text out.
    /// </summary>
    public double TextWeight { get; init; }

    /// <summary>How many most similar reviewers per paper keep their text similarity; the others count 0.</summary>
    public int TextTopN { get; init; } = Text.TextAffinity.DefaultTopN;

    public IReadOnlyList<Paper> Papers { get; init; } = [];

    public IReadOnlyList<Reviewer> Reviewers { get; init; } = [];

    public IReadOnlyList<Bid> Bids { get; init; } = [];

    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>
    /// When set, only these pairs and those bid on above -2 are candidates, and topics are ignored;
    /// when null, every pair is a candidate and affinity is <see cref="TopicWeight"/> × the share of the paper's topics the
    /// reviewer lists + <see cref="TextWeight"/> × the text similarity.
    /// </summary>
    public IReadOnlyList<Affinity>? Affinities { get; init; }

    /// <summary>Assignments already made, kept as they are; they count towards k and the reviewers' loads.</summary>
    public IReadOnlyList<ReviewAssignment> ExistingAssignments { get; init; } = [];
}
