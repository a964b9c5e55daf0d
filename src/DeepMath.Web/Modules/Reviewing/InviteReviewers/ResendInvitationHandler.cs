using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Invitations;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.InviteReviewers;

/// <summary>
/// Sends an unanswered invitation again, or invites again someone who declined or whose invitation was
/// withdrawn (a new round, with its own reminders). Accepted ones stay as they are.
/// </summary>
public sealed class ResendInvitationHandler(IReviewingData db, InvitationMailer mailer, TimeProvider clock)
{
    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> HandleAsync(CallInfo call, Guid invitationId, string organizerName, CancellationToken cancellationToken)
    {
        var invitation = await db.ReviewerInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.CallId == call.CallId, cancellationToken);
        if (invitation is null)
        {
            return Result<string>.Invalid("That invitation does not exist any more. Reload the page.");
        }
        if (invitation.State == InvitationState.Accepted)
        {
            return Result<string>.Invalid($"{invitation.Email} accepted already: nothing to send.");
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
        return $"The invitation is sent again to {invitation.Email}.";
    }
}
