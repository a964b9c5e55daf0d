using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Email;

public sealed record OutboxRow(DateTimeOffset CreatedAt, string To, string Subject, OutboxState State, int Attempts, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);

public sealed record OutboxOverview(IReadOnlyList<OutboxRow> Messages, int Queued, int Sent, int Failed)
{
    private const int PageSize = 200;

    /// <summary>The newest messages of a selection and its counts by state, for the organizers' and admins' outbox pages.</summary>
    public static async Task<OutboxOverview> LoadAsync(IQueryable<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var counts = await messages.GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = await messages.OrderByDescending(m => m.CreatedAt).Take(PageSize)
            .Select(m => new OutboxRow(m.CreatedAt, m.ToAddress, m.Subject, m.State, m.Attempts, m.SentAt, m.NextAttemptAt, m.LastError))
            .ToListAsync(cancellationToken);
        int Of(OutboxState s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new OutboxOverview(rows, Of(OutboxState.Queued), Of(OutboxState.Sent), Of(OutboxState.Failed));
    }
}
