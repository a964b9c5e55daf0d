namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>An abstract submitted to a call. Its number is the next in its call and is never reused.</summary>
public sealed class Submission
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public int Number { get; init; }
    public required string OwnerId { get; init; }
    public required string Title { get; set; }
    public SubmissionState State { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}
