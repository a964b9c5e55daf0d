using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Decisions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Notify;

/// <summary>One recipient's notification and where its latest message stands in the outbox (a class, so that queries can sort and filter on it).</summary>
public sealed class Delivery
{
    public Guid NoticeId { get; init; }
    public Guid SubmissionId { get; init; }
    public int Revision { get; init; }
    public string OutcomeKey { get; init; } = string.Empty;
    public string Email { get; init; } = string.Empty;
    public string Name { get; init; } = string.Empty;
    public DateTimeOffset QueuedAt { get; init; }
    public int Resends { get; init; }
    public OutboxState? State { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
}

/// <summary>The delivery state per recipient, read from the outbox by each notice's latest key.</summary>
public sealed class DeliveryQuery(IDecisionsData db, IOutbox outbox)
{
    public IQueryable<Delivery> ForCall(Guid callId) =>
        from n in db.DecisionNotices.AsNoTracking()
        where n.CallId == callId
        join m in outbox.Messages on n.LatestOutboxKey equals m.IdempotencyKey into mg
        from m in mg.DefaultIfEmpty()
        select new Delivery
        {
            NoticeId = n.Id, SubmissionId = n.SubmissionId, Revision = n.Revision, OutcomeKey = n.OutcomeKey, Email = n.Email, Name = n.Name,
            QueuedAt = n.QueuedAt, Resends = n.Resends, State = m == null ? null : m.State, Attempts = m == null ? 0 : m.Attempts,
            LastError = m == null ? null : m.LastError, SentAt = m == null ? null : m.SentAt, NextAttemptAt = m == null ? null : m.NextAttemptAt,
        };

    public async Task<IReadOnlyDictionary<OutboxState, int>> CountsAsync(Guid callId, CancellationToken cancellationToken) =>
        await (from n in db.DecisionNotices where n.CallId == callId
               join m in outbox.Messages on n.LatestOutboxKey equals m.IdempotencyKey
               group m by m.State into g
               select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
