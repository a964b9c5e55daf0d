namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>One logged change to a call's assignments: what was done, by whom, when, and whether it was undone.</summary>
public sealed class AssignmentBatch
{
    public const int SummaryMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public AssignmentBatchKind Kind { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedBy { get; init; }

    /// <summary>What changed, in words an organizer reads in the log.</summary>
    public required string Summary { get; init; }
    public int PairCount { get; init; }
    public DateTimeOffset? UndoneAt { get; set; }

    /// <summary>For an applied automatic assignment, its <see cref="PlanSettings"/> as JSON: how it was made.</summary>
    public string? Settings { get; set; }
}
