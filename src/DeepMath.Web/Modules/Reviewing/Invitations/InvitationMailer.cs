using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.AnswerInvitation;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Emails;
using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Reviewing.Invitations;

/// <summary>
/// Queues the e-mails of an invitation. Each has its own idempotency key: each round's first sending
/// and its reminders 1 and 2, and each sending again by hand (by instant), so that a retried job never mails twice.
/// </summary>
public sealed class InvitationMailer(IOutbox outbox, InvitationTokens tokens, LinkBuilder links, ReviewCalendar calendar)
{
    /// <summary>When reviewing happens, in the event's zone, for the invitation and its reminders.</summary>
    public async Task<string> ReviewPeriodAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var dates = await calendar.ForAsync(call, cancellationToken);
        var zone = call.Window.Zone;
        // The call's last day, not the instant after it.
        var start = EventTime.Day(call.Window.ClosesAt.AddMilliseconds(-1), zone);
        return dates.Deadline.LastOnTimeInstant is { } due
            ? $"The review period runs from {start}, when the call closes and bidding opens, until {EventTime.Long(due, zone)}, when reviews are due."
            : $"The review period starts on {start}, when the call closes and bidding opens; the organizers will announce when reviews are due.";
    }

    public string AnswerUrl(Guid invitationId) => links.Action<AnswerInvitationController>(nameof(AnswerInvitationController.Index), new { token = tokens.Create(invitationId) });

    public async Task<bool> QueueInvitationAsync(ReviewerInvitation invitation, CallInfo call, string inviter, string key, CancellationToken cancellationToken) =>
        await outbox.QueueAsync(ReviewerInvitationEmail.Create(invitation.Email, invitation.Name, inviter, call.EventTitle, call.CallTitle,
                await ReviewPeriodAsync(call, cancellationToken), AnswerUrl(invitation.Id)),
            key, cancellationToken, call.EventId);

    public async Task<bool> QueueReminderAsync(ReviewerInvitation invitation, CallInfo call, int number, CancellationToken cancellationToken) =>
        await outbox.QueueAsync(ReviewerInvitationReminderEmail.Create(invitation.Email, invitation.Name, call.EventTitle, call.CallTitle, invitation.InvitedAt,
                await ReviewPeriodAsync(call, cancellationToken), AnswerUrl(invitation.Id)),
            ReminderKey(invitation, number), cancellationToken, call.EventId);

    public static string FirstKey(ReviewerInvitation invitation) => $"invitation:{invitation.Id}:round:{invitation.Round}:sent";

    public static string ResendKey(ReviewerInvitation invitation, DateTimeOffset now) => $"invitation:{invitation.Id}:resent:{now.ToUnixTimeMilliseconds()}";

    public static string ReminderKey(ReviewerInvitation invitation, int number) => $"invitation:{invitation.Id}:round:{invitation.Round}:reminder:{number}";
}
