namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// Request code never sends e-mail: it adds messages here, and they are saved with the caller's
/// SaveChanges, in the same transaction as the change that causes them.
/// </summary>
public interface IOutbox
{
    /// <summary>Queues <paramref name="message"/> unless a message with <paramref name="idempotencyKey"/> exists.</summary>
    /// <param name="notBefore">The first attempt waits until then (pacing a large batch); null or past means now.</param>
    Task<bool> QueueAsync(EmailMessage message, string idempotencyKey, CancellationToken cancellationToken = default, Guid? eventId = null, DateTimeOffset? notBefore = null);

    /// <summary>
    /// Queues <paramref name="message"/> without looking for an earlier one: for a key that names a row
    /// created in the caller's transaction, so that none can exist yet. A batch of them costs no round
    /// trip each; the key's unique index still refuses a duplicate at SaveChanges.
    /// </summary>
    void QueueNew(EmailMessage message, string idempotencyKey, Guid? eventId = null);

    /// <summary>
    /// The messages queued so far, read-only, to compose into a module's own query (joined and filtered in one
    /// round trip, with no outbox table in the module).
    /// </summary>
    IQueryable<OutboxMessage> Messages { get; }

    /// <summary>
    /// Queues each item whose key has no message yet, in one statement run at once in the caller's transaction
    /// (so it commits or rolls back with the caller's change): the key's unique index decides, so a batch
    /// repeated queues nothing and costs one round trip, not one per message. A key queued in this unit of
    /// work but not saved yet is skipped too.
    /// </summary>
    /// <returns>The keys this call queued.</returns>
    Task<IReadOnlySet<string>> QueueBatchAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default);
}
