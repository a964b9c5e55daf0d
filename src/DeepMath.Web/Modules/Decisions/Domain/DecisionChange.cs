namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>One line of a call's decision log: who changed which submission's outcome, when, and how.</summary>
public sealed class DecisionChange
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid SubmissionId { get; init; }
    public string? FromOutcome { get; init; }
    public required string ToOutcome { get; init; }
    public required string ChangedBy { get; init; }
    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>"row", "bulk" or "helper".</summary>
    public required string Via { get; init; }
}
