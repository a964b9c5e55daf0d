namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>A conflict an organizer records by hand between a reviewer and a submission, with the reason they know of; it holds like any declared conflict.</summary>
public sealed class OrganizerConflict
{
    public const int ReasonMaxLength = 300;

    /// <summary>The committee membership (<see cref="Reviewer.Id"/>).</summary>
    public Guid ReviewerId { get; init; }
    public Guid SubmissionId { get; init; }
    public required string Reason { get; init; }
    public required string AddedBy { get; init; }
    public DateTimeOffset AddedAt { get; init; }
}
