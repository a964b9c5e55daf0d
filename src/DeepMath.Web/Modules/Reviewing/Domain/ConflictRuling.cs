namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// An organizer's ruling on one automatic reason for a conflict between a reviewer and a submission.
/// Kept per reason: dismissing a shared domain does not dismiss a co-authorship found later.
/// </summary>
public sealed class ConflictRuling
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid ReviewerId { get; init; }
    public Guid SubmissionId { get; init; }
    public ConflictKind Kind { get; init; }
    public ConflictVerdict Verdict { get; set; }
    public required string DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
