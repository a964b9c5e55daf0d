using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Email;

internal sealed class Outbox(DeepMathDbContext db, TimeProvider clock) : IOutbox
{
    public IQueryable<OutboxMessage> Messages => db.OutboxMessages.AsNoTracking();

    public async Task<bool> QueueAsync(EmailMessage message, string idempotencyKey, CancellationToken cancellationToken = default, Guid? eventId = null, DateTimeOffset? notBefore = null)
    {
        var pending = db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.IdempotencyKey == idempotencyKey);
        if (pending || await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return false;
        }
        Add(message, idempotencyKey, eventId, notBefore);
        return true;
    }

    public async Task<IReadOnlySet<string>> QueueBatchAsync(IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken = default)
    {
        var pending = db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
        var fresh = items.Where(i => !pending.Contains(i.IdempotencyKey)).ToList();
        return fresh.Count == 0 ? new HashSet<string>() : await OutboxBatchInsert.RunAsync(db, fresh, clock.GetUtcNow(), cancellationToken);
    }

    public void QueueNew(EmailMessage message, string idempotencyKey, Guid? eventId = null) => Add(message, idempotencyKey, eventId, null);

    private void Add(EmailMessage message, string idempotencyKey, Guid? eventId, DateTimeOffset? notBefore)
    {
        var now = clock.GetUtcNow();
        db.OutboxMessages.Add(new OutboxMessage
        {
            IdempotencyKey = idempotencyKey,
            ToAddress = message.ToAddress,
            ToName = message.ToName,
            EventId = eventId,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            CreatedAt = now,
            NextAttemptAt = notBefore is { } later && later > now ? later : now,
            Attachments = message.Attachments?.Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content }).ToList() ?? [],
        });
    }
}
