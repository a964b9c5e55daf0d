using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.InviteReviewers;

/// <summary>Withdraws an invitation nobody has answered yet: its link then says so, and no reminder goes out.</summary>
public sealed class WithdrawInvitationHandler(IReviewingData db)
{
    /// <returns>What to tell the organizer.</returns>
    public async Task<Result<string>> HandleAsync(Guid callId, Guid invitationId, CancellationToken cancellationToken)
    {
        // Conditional, so that a withdrawal and an acceptance at the same moment cannot both win.
        var withdrawn = await db.ReviewerInvitations
            .Where(i => i.Id == invitationId && i.CallId == callId && i.State == InvitationState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, InvitationState.Withdrawn), cancellationToken);
        if (withdrawn == 1)
        {
            return "The invitation is withdrawn: its link now says so, and no reminder will go out.";
        }
        var state = await db.ReviewerInvitations.Where(i => i.Id == invitationId && i.CallId == callId).Select(i => (InvitationState?)i.State).SingleOrDefaultAsync(cancellationToken);
        return Result<string>.Invalid(state switch
        {
            null => "That invitation does not exist any more. Reload the page.",
            InvitationState.Accepted => "That invitation is accepted already: remove the reviewer from the committee instead.",
            _ => "That invitation is not waiting for an answer: there is nothing to withdraw.",
        });
    }
}
