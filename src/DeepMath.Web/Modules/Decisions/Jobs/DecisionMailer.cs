using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Emails;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Decisions.Jobs;

/// <summary>
/// Queues the notifications of every decision of a call that is not sent in its current revision. Decisions
/// are claimed in batches with FOR UPDATE SKIP LOCKED; a batch's outbox messages, notices and "sent" marks
/// commit together, so a restart redoes at most the uncommitted batch, two instances take different
/// batches, and the outbox's unique key per (submission, revision, author) refuses any second copy.
/// Messages are spread over time by giving each a later first attempt.
/// </summary>
public sealed class DecisionMailer(IDecisionsData db, IOutbox outbox, NotificationComposer composer, TimeProvider clock, IOptions<DecisionsOptions> options)
{
    /// <returns>How many messages were queued.</returns>
    public async Task<int> SendAsync(Guid callId, CancellationToken cancellationToken)
    {
        if (await composer.ContextAsync(callId, cancellationToken) is not { } context)
        {
            return 0;
        }
        var settings = options.Value;
        var interval = settings.NotificationsPerMinute == 0 ? TimeSpan.Zero : TimeSpan.FromMinutes(1.0 / settings.NotificationsPerMinute);
        var start = clock.GetUtcNow();
        if (interval > TimeSpan.Zero)
        {
            // Continue after messages this call already has waiting, so two sendings in a row do not burst together.
            var lastSlot = await (from n in db.DecisionNotices where n.CallId == callId
                                  join m in outbox.Messages on n.LatestOutboxKey equals m.IdempotencyKey
                                  where m.State == OutboxState.Queued
                                  select (DateTimeOffset?)m.NextAttemptAt).MaxAsync(cancellationToken);
            if (lastSlot is { } last && last + interval > start)
            {
                start = last + interval;
            }
        }
        var queued = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.Decisions
                .FromSql($"""
                    SELECT * FROM decisions.decisions
                    WHERE call_id = {callId} AND (sent_revision IS NULL OR sent_revision <> revision)
                    ORDER BY id LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                await transaction.CommitAsync(cancellationToken);
                break;
            }
            var now = clock.GetUtcNow();
            var notices = await composer.ComposeAsync(context, [.. batch.Select(d => (d.SubmissionId, d.OutcomeKey))], cancellationToken);
            var byDecision = batch.ToDictionary(d => d.SubmissionId);
            // The whole batch in one statement; a key already queued is skipped (its slot stays unused).
            var items = notices.Select((notice, n) => new OutboxItem(notice.Message,
                DecisionNotice.KeyFor(notice.SubmissionId, byDecision[notice.SubmissionId].Revision, notice.Email),
                context.Call.EventId, start + (interval * (queued + n)))).ToList();
            var fresh = await outbox.QueueBatchAsync(items, cancellationToken);
            foreach (var (notice, key) in notices.Zip(items.Select(i => i.IdempotencyKey)).Where(p => fresh.Contains(p.Second)))
            {
                var decision = byDecision[notice.SubmissionId];
                db.DecisionNotices.Add(new DecisionNotice
                {
                    CallId = callId, SubmissionId = notice.SubmissionId, Revision = decision.Revision, OutcomeKey = decision.OutcomeKey,
                    Email = notice.Email, Name = notice.Name, OutboxKey = key, LatestOutboxKey = key, QueuedAt = now,
                });
            }
            queued += fresh.Count;
            foreach (var decision in batch)
            {
                decision.MarkSent(now);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return queued;
    }
}
