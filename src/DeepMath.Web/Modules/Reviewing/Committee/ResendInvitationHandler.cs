using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Invitations;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Committee;

/// <summary>
/// Sends an unanswered invitation again, or invites again someone who declined or whose invitation was
/// withdrawn (a new round, with its own reminders). Withdraws an unanswered one. Accepted ones stay as they are.
/// </summary>
public sealed class ResendInvitationHandler(IReviewingData db, InvitationMailer mailer, TimeProvider clock)
{
    /// <returns>What to tell the organizer, and whether it is an error.</returns>
    public async Task<(string Message, bool Error)> ResendAsync(CallInfo call, Guid invitationId, string organizerName, CancellationToken cancellationToken)
    {
        var invitation = await db.ReviewerInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.CallId == call.CallId, cancellationToken);
        if (invitation is null)
        {
            return ("That invitation does not exist any more. Reload the page.", true);
        }
        if (invitation.State == InvitationState.Accepted)
        {
            return ($"{invitation.Email} accepted already: nothing to send.", true);
        }
        var now = clock.GetUtcNow();
        string key;
        if (invitation.State == InvitationState.Pending)
        {
            key = InvitationMailer.ResendKey(invitation, now);
        }
        else
        {
            invitation.Round++;
            invitation.State = InvitationState.Pending;
            invitation.RemindersSent = 0;
            invitation.AnsweredAt = null;
            key = InvitationMailer.FirstKey(invitation);
        }
        invitation.LastSentAt = now;
        await mailer.QueueInvitationAsync(invitation, call, organizerName, key, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ($"The invitation is sent again to {invitation.Email}.", false);
    }

    public async Task<(string Message, bool Error)> WithdrawAsync(Guid callId, Guid invitationId, CancellationToken cancellationToken)
    {
        // Conditional, so that a withdrawal and an acceptance at the same moment cannot both win.
        var withdrawn = await db.ReviewerInvitations
            .Where(i => i.Id == invitationId && i.CallId == callId && i.State == InvitationState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, InvitationState.Withdrawn), cancellationToken);
        if (withdrawn == 1)
        {
            return ("The invitation is withdrawn: its link now says so, and no reminder will go out.", false);
        }
        var state = await db.ReviewerInvitations.Where(i => i.Id == invitationId && i.CallId == callId).Select(i => (InvitationState?)i.State).SingleOrDefaultAsync(cancellationToken);
        return (state switch
        {
            null => "That invitation does not exist any more. Reload the page.",
            InvitationState.Accepted => "That invitation is accepted already: remove the reviewer from the committee instead.",
            _ => "That invitation is not waiting for an answer: there is nothing to withdraw.",
        }, true);
    }
}
