using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Email.Delivery;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Health;

/// <summary>A recurring job and when it last started (null: never since it was registered).</summary>
public sealed record RecurringRun(string Id, DateTimeOffset? LastRun, DateTimeOffset? NextRun, string? LastState);

/// <summary>
/// What an operator needs to see at a glance, on /health and on the admin outbox page alike: the mail
/// backlog (due and unsent) and the age of its oldest message, failed mail, when this instance's
/// delivery loop last ran, and when each timed sweep (call lifecycle, reminders) last ran.
/// </summary>
public sealed record SystemStatus(
    int Backlog, TimeSpan? OldestAge, int Failed, DateTimeOffset? DeliveryLastRun, DateTimeOffset? DeliveryLastSent,
    IReadOnlyList<RecurringRun> Recurring)
{
    /// <summary>Mail older than this in the backlog, or a sweep that has not run for this long, is a warning.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(5);

    public static async Task<SystemStatus> LoadAsync(DeepMathDbContext db, DeliveryStatus delivery, JobStorage? storage, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = db.OutboxMessages.AsNoTracking().Where(m => m.State == OutboxState.Queued && m.NextAttemptAt <= now);
        var backlog = await due.CountAsync(cancellationToken);
        var oldest = backlog == 0 ? null : await due.MinAsync(m => (DateTimeOffset?)m.CreatedAt, cancellationToken);
        var failed = await db.OutboxMessages.AsNoTracking().CountAsync(m => m.State == OutboxState.Failed, cancellationToken);
        return new SystemStatus(backlog, oldest is { } o ? now - o : null, failed, delivery.LastRunAt, delivery.LastSentAt, RecurringRuns(storage));
    }

    private static IReadOnlyList<RecurringRun> RecurringRuns(JobStorage? storage)
    {
        if (storage is null)
        {
            return [];
        }
        using var connection = storage.GetConnection();
        return [.. connection.GetRecurringJobs()
            .OrderBy(j => j.Id, StringComparer.Ordinal)
            .Select(j => new RecurringRun(j.Id, Utc(j.LastExecution), Utc(j.NextExecution), j.LastJobState))];
    }

    private static DateTimeOffset? Utc(DateTime? time) =>
        time is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
}
