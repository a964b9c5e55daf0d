using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.SharedKernel;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Jobs;

/// <summary>
/// Every minute, and at once when an organizer presses "send now": queues the notifications of each call
/// whose sending is due, either asked for by hand or scheduled for the notification date, which is read
/// afresh each time, so changing the date reschedules without touching any job. Safe to run twice or on
/// two servers (see <see cref="DecisionMailer"/>).
/// </summary>
[AutomaticRetry(Attempts = 3)]
[OneRunAtATime]
public sealed class SendDecisionNotificationsJob(IDecisionsData db, CallOverview calls, DecisionMailer mailer, TimeProvider clock)
{
    public const string RecurringId = "decision-notifications";

    /// <returns>How many messages this run queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var candidates = await db.DecisionSettings.AsNoTracking()
            .Where(s => s.SendRequestedAt != null || s.SendOnNotificationDate)
            .Select(s => s.CallId).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var callId in candidates)
        {
            queued += await RunForCallAsync(callId, cancellationToken);
        }
        return queued;
    }

    public async Task<int> RunForCallAsync(Guid callId, CancellationToken cancellationToken)
    {
        var settings = await db.DecisionSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken);
        if (settings is null || await calls.FindAsync(callId, cancellationToken) is not { } call)
        {
            return 0;
        }
        var scheduledDue = settings.SendOnNotificationDate && call.NotificationOn is { } date && settings.ScheduledSentFor != date
            && clock.GetUtcNow() >= WholeDays.StartOf(date, call.Window.Zone);
        if (settings.SendRequestedAt is null && !scheduledDue)
        {
            return 0;
        }
        var queued = await mailer.SendAsync(callId, cancellationToken);
        // Only what was asked before the sending started is settled: a request made meanwhile stays for the next run.
        await db.DecisionSettings.Where(s => s.CallId == callId && s.SendRequestedAt == settings.SendRequestedAt)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.SendRequestedAt, (DateTimeOffset?)null).SetProperty(s => s.SendRequestedBy, (string?)null), cancellationToken);
        if (scheduledDue)
        {
            await db.DecisionSettings.Where(s => s.CallId == callId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ScheduledSentFor, call.NotificationOn), cancellationToken);
        }
        return queued;
    }
}
