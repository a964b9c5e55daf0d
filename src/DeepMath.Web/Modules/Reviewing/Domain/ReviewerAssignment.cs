namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// A reviewer assigned to a submission. Not named Assignment: inside DeepMath.* that name is the solver's
/// namespace. The reviewer is the committee membership rather than the bare user id, so that removing
/// someone from the committee takes their assignments with them.
/// </summary>
public sealed class ReviewerAssignment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid SubmissionId { get; init; }
    public Guid ReviewerId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedBy { get; init; }

    /// <summary>The change that made it: an applied solver run or a manual addition.</summary>
    public Guid BatchId { get; init; }
}
