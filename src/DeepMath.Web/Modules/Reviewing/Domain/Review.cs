namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// A reviewer's review of one assigned submission: a draft until <see cref="SubmittedAt"/> is set,
/// editable (and re-submittable) until the review deadline.
/// </summary>
public sealed class Review
{
    public const int CommentsMaxLength = 20_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid SubmissionId { get; init; }

    /// <summary>The committee membership (<see cref="Reviewer.Id"/>), not the user id.</summary>
    public Guid ReviewerId { get; init; }

    /// <summary>Scores of the form's criteria other than overall and confidence, by criterion key.</summary>
    public Dictionary<string, int> Scores { get; set; } = [];
    public int? Overall { get; set; }
    public int? Confidence { get; set; }
    public string CommentsToAuthors { get; set; } = string.Empty;
    public string ConfidentialComments { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    public bool IsSubmitted => SubmittedAt is not null;
}
