namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>
/// The questions a call's reviewers answer. Overall and confidence are kept apart from the other
/// criteria because decisions are computed from them (means, confidence weights, calibration).
/// </summary>
public sealed record ReviewForm(IReadOnlyList<ScoreScale> Criteria, ScoreScale Overall, ScoreScale Confidence)
{
    public const int MaxCriteria = 12;

    /// <summary>DeepMath's default: relevance, novelty, rigor, clarity 1–5; overall 1–10; confidence 1–5.</summary>
    public static ReviewForm Default { get; } = new(
        [
            new("relevance", "Relevance", 1, 5, "How well the abstract fits the meeting's topics."),
            new("novelty", "Novelty", 1, 5, "How new the ideas or results are."),
            new("rigor", "Rigor", 1, 5, "How sound the mathematics and the evidence are."),
            new("clarity", "Clarity", 1, 5, "How clearly the abstract is written."),
        ],
        new("overall", "Overall", 1, 10, "Your recommendation: 1 reject, 10 must accept."),
        new("confidence", "Confidence", 1, 5, "How sure you are: 1 an educated guess, 5 expert."));
}
