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

    /// <summary>
    /// The weight of the topic share in a pair's score; with given affinities, the weight of the given affinity
    /// when text is combined with it (papers with <see cref="Paper.Text"/>, reviewers with <see cref="Reviewer.Expertise"/>).
    /// </summary>
    public double TopicWeight { get; init; } = 1;

    /// <summary>
    /// The weight of the text similarity (TF-IDF cosine of the paper's <see cref="Paper.Text"/> with the reviewer's
    /// <see cref="Reviewer.Expertise"/>) in a pair's score; 0 leaves text out. With given affinities the score is
    /// <see cref="TopicWeight"/> × affinity + TextWeight × similarity + bid, and each paper's most similar reviewers
    /// by text become candidates too; an instance without texts on both sides keeps its affinities as they are.
    /// </summary>
    public double TextWeight { get; init; }

    /// <summary>How many most similar reviewers per paper keep their text similarity; the others count 0.</summary>
    public int TextTopN { get; init; } = Text.TextAffinity.DefaultTopN;

    public IReadOnlyList<Paper> Papers { get; init; } = [];

    public IReadOnlyList<Reviewer> Reviewers { get; init; } = [];

    public IReadOnlyList<Bid> Bids { get; init; } = [];

    public IReadOnlyList<Conflict> Conflicts { get; init; } = [];

    /// <summary>
    /// When set, only these pairs, those bid on above -2 and (when texts are given) each paper's most similar
    /// reviewers by text are candidates, and topics are ignored;
    /// when null, every pair is a candidate and affinity is <see cref="TopicWeight"/> × the share of the paper's topics the
    /// reviewer lists + <see cref="TextWeight"/> × the text similarity.
    /// </summary>
    public IReadOnlyList<Affinity>? Affinities { get; init; }

    /// <summary>Assignments already made, kept as they are; they count towards k and the reviewers' loads.</summary>
    public IReadOnlyList<ReviewAssignment> ExistingAssignments { get; init; } = [];
}
