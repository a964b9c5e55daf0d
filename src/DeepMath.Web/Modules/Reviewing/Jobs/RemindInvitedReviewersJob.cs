using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Invitations;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Jobs;

/// <summary>
/// Every minute: reminds invited people who have not answered the call's reminder interval after the
/// last e-mail (at most <see cref="ReviewerInvitation.MaxReminders"/> times). Each reminder is claimed by
/// a conditional update of the invitation and queued under a key naming the invitation, its round and
/// the reminder's number, in one transaction: two runs at once, or a run repeated, mail once. Reminders stop
/// once the call's reviews are due.
/// </summary>
[AutomaticRetry(Attempts = 3)]
[OneRunAtATime]
public sealed class RemindInvitedReviewersJob(IReviewingData db, InvitationMailer mailer, CallOverview calls, ReviewCalendar calendar, TimeProvider clock)
{
    public const string RecurringId = "reviewer-invitation-reminders";

    /// <returns>How many reminders this run queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.ReviewerInvitations.AsNoTracking()
            .Where(i => i.State == InvitationState.Pending && i.RemindersSent < ReviewerInvitation.MaxReminders)
            .GroupJoin(db.ReviewSettings.AsNoTracking(), i => i.CallId, s => s.CallId, (i, s) => new { Invitation = i, Settings = s })
            .SelectMany(x => x.Settings.DefaultIfEmpty(), (x, s) => new { x.Invitation, Days = s == null ? ReviewSettings.DefaultInvitationReminderDays : s.InvitationReminderDays })
            .ToListAsync(cancellationToken);
        var due = candidates.Where(c => c.Invitation.LastSentAt.AddDays(c.Days) <= now).Select(c => c.Invitation).ToList();
        var sent = 0;
        var callInfos = new Dictionary<Guid, CallInfo?>();
        foreach (var invitation in due)
        {
            if (!callInfos.TryGetValue(invitation.CallId, out var call))
            {
                call = callInfos[invitation.CallId] = await calls.FindAsync(invitation.CallId, cancellationToken);
                // Once reviews are due, an answer comes too late to help: the reminders stop.
                if (call is not null && (await calendar.ForAsync(call, cancellationToken)).Deadline.IsOverdueAt(now))
                {
                    call = callInfos[invitation.CallId] = null;
                }
            }
            if (call is not null && await RemindAsync(invitation, call, now, cancellationToken))
            {
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> RemindAsync(ReviewerInvitation invitation, CallInfo call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = invitation.RemindersSent + 1;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Blocks behind a concurrent run's claim and then finds RemindersSent moved on: that run mails, this one does not.
        var claimed = await db.ReviewerInvitations
            .Where(i => i.Id == invitation.Id && i.State == InvitationState.Pending && i.Round == invitation.Round && i.RemindersSent == invitation.RemindersSent)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.RemindersSent, number).SetProperty(i => i.LastSentAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        var queued = await mailer.QueueReminderAsync(invitation, call, number, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return queued;
    }
}
