namespace DeepMath.Web.Modules.Decisions.Domain;

/// <summary>
/// What the organizers decided for one submission. Authors see only what was sent
/// (<see cref="SentOutcomeKey"/>): a change after sending stays private until it is sent in turn.
/// </summary>
public sealed class Decision
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CallId { get; init; }
    public Guid SubmissionId { get; init; }
    public required string OutcomeKey { get; set; }

    /// <summary>Increases with every change of outcome; a notification is for one revision.</summary>
    public int Revision { get; set; } = 1;
    public required string DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }

    public int? SentRevision { get; set; }
    public string? SentOutcomeKey { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    public bool IsSent => SentAt is not null;

    public bool AwaitsSending => SentRevision != Revision;

    /// <returns>The change to log, or null when the outcome is already <paramref name="outcomeKey"/>.</returns>
    public DecisionChange? ChangeTo(string outcomeKey, string userId, DateTimeOffset now, string via)
    {
        if (OutcomeKey == outcomeKey)
        {
            return null;
        }
        var change = new DecisionChange
        {
            CallId = CallId, SubmissionId = SubmissionId, FromOutcome = OutcomeKey, ToOutcome = outcomeKey, ChangedBy = userId, ChangedAt = now, Via = via,
        };
        OutcomeKey = outcomeKey;
        Revision++;
        DecidedBy = userId;
        DecidedAt = now;
        return change;
    }

    public void MarkSent(DateTimeOffset now)
    {
        SentRevision = Revision;
        SentOutcomeKey = OutcomeKey;
        SentAt = now;
    }
}
