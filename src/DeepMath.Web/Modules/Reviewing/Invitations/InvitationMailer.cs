using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Emails;

namespace DeepMath.Web.Modules.Reviewing.Invitations;

/// <summary>
/// Queues the e-mails of an invitation. Each has its own idempotency key: each round's first sending
/// and its reminders 1 and 2, and each sending again by hand (by instant), so that a retried job never mails twice.
/// </summary>
public sealed class InvitationMailer(IOutbox outbox, InvitationTokens tokens, LinkBuilder links)
{
    public string AnswerUrl(Guid invitationId) => links.Absolute($"/invitations/{tokens.Create(invitationId)}");

    public Task<bool> QueueInvitationAsync(ReviewerInvitation invitation, CallInfo call, string inviter, string key, CancellationToken cancellationToken) =>
        outbox.QueueAsync(ReviewerInvitationEmail.Create(invitation.Email, invitation.Name, inviter, call.EventTitle, call.CallTitle, AnswerUrl(invitation.Id)),
            key, cancellationToken, call.EventId);

    public Task<bool> QueueReminderAsync(ReviewerInvitation invitation, CallInfo call, int number, CancellationToken cancellationToken) =>
        outbox.QueueAsync(ReviewerInvitationReminderEmail.Create(invitation.Email, invitation.Name, call.EventTitle, call.CallTitle, invitation.InvitedAt, AnswerUrl(invitation.Id)),
            ReminderKey(invitation, number), cancellationToken, call.EventId);

    public static string FirstKey(ReviewerInvitation invitation) => $"invitation:{invitation.Id}:round:{invitation.Round}:sent";

    public static string ResendKey(ReviewerInvitation invitation, DateTimeOffset now) => $"invitation:{invitation.Id}:resent:{now.ToUnixTimeMilliseconds()}";

    public static string ReminderKey(ReviewerInvitation invitation, int number) => $"invitation:{invitation.Id}:round:{invitation.Round}:reminder:{number}";
}
