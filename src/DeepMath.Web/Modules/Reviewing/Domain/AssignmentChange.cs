namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// One pair added or removed by a batch. Undoing a batch replays its changes backwards, so the log
/// keeps what a removal took away as well as what an addition put in.
/// </summary>
public sealed class AssignmentChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BatchId { get; init; }
    public Guid CallId { get; init; }
    public Guid SubmissionId { get; init; }
    public Guid ReviewerId { get; init; }

    /// <summary>True when the batch assigned the pair, false when it took the pair away.</summary>
    public bool Added { get; init; }
}
