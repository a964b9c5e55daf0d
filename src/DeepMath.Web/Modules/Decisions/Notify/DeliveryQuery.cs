using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Notify;

/// <summary>One recipient's notification and where its latest message stands in the outbox.</summary>
public sealed record Delivery(Guid NoticeId, Guid SubmissionId, int Revision, string OutcomeKey, string Email, string Name, DateTimeOffset QueuedAt,
    int Resends, OutboxState? State, int Attempts, string? LastError, DateTimeOffset? SentAt, DateTimeOffset? NextAttemptAt);

/// <summary>The delivery state per recipient, read from the outbox by each notice's latest key.</summary>
public sealed class DeliveryQuery(DeepMathDbContext db)
{
    public IQueryable<Delivery> ForCall(Guid callId) =>
        from n in db.DecisionNotices.AsNoTracking()
        where n.CallId == callId
        join m in db.OutboxMessages.AsNoTracking() on n.LatestOutboxKey equals m.IdempotencyKey into mg
        from m in mg.DefaultIfEmpty()
        select new Delivery(n.Id, n.SubmissionId, n.Revision, n.OutcomeKey, n.Email, n.Name, n.QueuedAt, n.Resends,
            m == null ? null : m.State, m == null ? 0 : m.Attempts, m == null ? null : m.LastError, m == null ? null : m.SentAt, m == null ? null : m.NextAttemptAt);

    public async Task<IReadOnlyDictionary<OutboxState, int>> CountsAsync(Guid callId, CancellationToken cancellationToken) =>
        await (from n in db.DecisionNotices where n.CallId == callId
               join m in db.OutboxMessages on n.LatestOutboxKey equals m.IdempotencyKey
               group m by m.State into g
               select new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
