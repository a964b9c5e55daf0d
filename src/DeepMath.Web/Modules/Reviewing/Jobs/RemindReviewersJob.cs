using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Jobs;

/// <summary>
/// Every minute: reminds reviewers with unfinished reviews (assigned, not submitted) 3 days and 1 day
/// before the review deadline and daily once overdue. Each reminder to each reviewer is a step of its
/// own (see StepRunner), so it goes out once however often the job runs, and someone assigned later in
/// a reminder's window still gets it.
/// </summary>
[AutomaticRetry(Attempts = 3)]
[OneRunAtATime]
public sealed class RemindReviewersJob(IReviewingData db, CallOverview calls, StepRunner steps, ReviewReminderMailer mailer, TimeProvider clock)
{
    public const string RecurringId = "review-reminders";

    /// <returns>The keys of the reminders this run sent.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Due dates are whole days in some zone; a day of slack on each side covers every zone.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var earliest = today.AddDays(-ReviewReminderPlan.OverdueDays - 2);
        var latest = today.AddDays(4);
        var candidates = await db.ReviewSettings.AsNoTracking()
            .Where(s => s.ReviewsDueOn != null && s.ReviewsDueOn >= earliest && s.ReviewsDueOn <= latest)
            .ToListAsync(cancellationToken);
        var done = new List<string>();
        foreach (var settings in candidates)
        {
            if (await calls.FindAsync(settings.CallId, cancellationToken) is not { } call)
            {
                continue;
            }
            var deadline = ReviewCalendar.Of(call, settings).Deadline;
            if (ReviewReminderPlan.DueAt(deadline, now) is not { } slot)
            {
                continue;
            }
            var unfinished = await mailer.UnfinishedAsync(call.CallId, cancellationToken);
            done.AddRange(await steps.RunEachOnceAsync(unfinished,
                reviewer => ReviewReminderPlan.Key(call.CallId, reviewer.ReviewerId, slot),
                async (reviewer, key, ct) =>
                {
                    var queued = await mailer.QueueAsync(call, deadline, slot.Kind, [reviewer], _ => key, ct);
                    return $"{queued} reminder(s), {reviewer.SubmissionIds.Count} unfinished";
                }, cancellationToken));
        }
        return done;
    }
}
