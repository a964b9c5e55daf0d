using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Jobs;

/// <summary>
/// Every minute: for each call near its dates, performs the steps that are due and not yet done.
/// Safe to run twice, after a restart, or on two servers at once (see StepRunner).
/// </summary>
[AutomaticRetry(Attempts = 3)]
[OneRunAtATime]
public sealed class RunCallLifecycleJob(IEventsData db, StepRunner steps, LifecycleMailer mailer, TimeProvider clock)
{
    public const string RecurringId = "call-lifecycle";

    /// <returns>The keys of the steps this run performed.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Dates are whole days in some zone; two days of slack on each side covers every zone.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var earliestClose = today.AddDays(-(int)LifecyclePlan.ClosedNoticeGrace.TotalDays - 2);
        var candidates = await db.Calls.AsNoTracking()
            .Where(c => c.OpensOn <= today.AddDays(2) && c.ClosesOn >= earliestClose)
            .Join(db.Events.AsNoTracking(), c => c.EventId, e => e.Id, (c, e) => new { Call = c, Event = e })
            .ToListAsync(cancellationToken);
        var done = new List<string>();
        foreach (var row in candidates)
        {
            var window = row.Call.Window(row.Event.TimeZone);
            foreach (var (step, key) in LifecyclePlan.DueAt(row.Call.Id, window, now))
            {
                var target = new LifecycleTarget(row.Event, row.Call, window, step, key);
                if (await steps.RunOnceAsync(key, ct => mailer.QueueAsync(target, ct), cancellationToken))
                {
                    done.Add(key);
                }
            }
        }
        return done;
    }
}

public sealed record LifecycleTarget(Event Event, Call Call, CallWindow Window, LifecycleStep Step, string Key);
