using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.WriteReview;

/// <summary>
/// The review form as posted. Scores stay text until checked, so that whatever was typed or chosen
/// comes back with its message rather than being lost to model binding.
/// </summary>
public sealed class ReviewInput
{
    public const string SubmitIntent = "submit";

    public Dictionary<string, string?> Scores { get; set; } = [];
    public string? Overall { get; set; }
    public string? Confidence { get; set; }
    public string? CommentsToAuthors { get; set; }
    public string? ConfidentialComments { get; set; }

    /// <summary>"draft" or "submit": which button was pressed.</summary>
    public string? Intent { get; set; }

    public bool WantsSubmit => string.Equals(Intent, SubmitIntent, StringComparison.OrdinalIgnoreCase);

    public static ReviewInput From(Review? review) => review is null ? new() : new()
    {
        Scores = review.Scores.ToDictionary(s => s.Key, s => (string?)s.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Overall = review.Overall?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Confidence = review.Confidence?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CommentsToAuthors = review.CommentsToAuthors,
        ConfidentialComments = review.ConfidentialComments,
    };

    public string? ValueOf(ScoreScale scale, ReviewForm form) =>
        scale.Key == form.Overall.Key ? Overall : scale.Key == form.Confidence.Key ? Confidence : Scores.GetValueOrDefault(scale.Key);
}
