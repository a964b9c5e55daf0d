namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>
/// One author's notification of one revision of a decision. Its outbox key names the submission, the
/// revision and the address, so the same decision is never queued twice for the same person.
/// </summary>
public sealed class DecisionNotice
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid SubmissionId { get; init; }
    public int Revision { get; init; }
    public required string OutcomeKey { get; init; }
    public required string Email { get; init; }
    public required string Name { get; init; }
    public required string OutboxKey { get; init; }
    public DateTimeOffset QueuedAt { get; init; }
    public int Resends { get; set; }

    /// <summary>The key of the latest message: a resend by hand is a new message under its own key.</summary>
    public required string LatestOutboxKey { get; set; }

    public string Resend()
    {
        Resends++;
        LatestOutboxKey = $"{OutboxKey}:resend{Resends}";
        return LatestOutboxKey;
    }

    public static string KeyFor(Guid submissionId, int revision, string email) =>
        $"decision:{submissionId:N}:r{revision}:{email.Trim().ToLowerInvariant()}";
}
