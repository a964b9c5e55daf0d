namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// An e-mail as it is stored before it is sent. It is written in the same transaction as the change
/// that causes it; a background job delivers it. The idempotency key is unique, so no step can
/// queue the same message for the same person twice.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 8;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string IdempotencyKey { get; init; }
    public required string ToAddress { get; init; }
    public string? ToName { get; init; }

    /// <summary>The event the message belongs to, so its organizers can follow its delivery.</summary>
    public Guid? EventId { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public required string HtmlBody { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public OutboxState State { get; set; } = OutboxState.Queued;
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>
    /// When the last attempt began handing the message to the server; still set on a queued message, it
    /// means that attempt's outcome is unknown (the process or the database died after the server may
    /// have accepted it), so the next attempt asks the server before sending again.
    /// </summary>
    public DateTimeOffset? SendingSince { get; set; }

    /// <summary>The delivery lease: until then, the PostgreSQL session <see cref="LeaseOwner"/> alone may send it.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>The backend process id of the delivery run's connection; a lease whose session is gone is free at once.</summary>
    public int? LeaseOwner { get; set; }
    public List<OutboxAttachment> Attachments { get; init; } = [];

    /// <summary>Backoff after a failed attempt: 1, 2, 4, 8 ... minutes, at most an hour.</summary>
    public void RecordFailure(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= MaxAttempts)
        {
            State = OutboxState.Failed;
            return;
        }
        var minutes = Math.Min(60, Math.Pow(2, Attempts - 1));
        NextAttemptAt = now + TimeSpan.FromMinutes(minutes);
    }

    public void RecordSent(DateTimeOffset now)
    {
        Attempts++;
        State = OutboxState.Sent;
        SentAt = now;
        LastError = null;
    }
}
