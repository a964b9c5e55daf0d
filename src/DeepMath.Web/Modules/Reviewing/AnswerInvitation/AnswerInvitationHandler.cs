using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.AnswerInvitation;

public enum AnswerOutcome
{
    Accepted,
    AcceptedAlreadyMember,
    Declined,

    /// <summary>Answered before, or withdrawn: the invitation's state says which.</summary>
    NotPending,
}

/// <summary>
/// Records an answer. Both answers update the invitation only while it is pending, in one conditional
/// statement, so a double click, a second tab or a withdrawal at the same moment cannot record two answers.
/// </summary>
public sealed class AnswerInvitationHandler(IReviewingData db, TimeProvider clock)
{
    public async Task<AnswerOutcome> AcceptAsync(ReviewerInvitation invitation, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.ReviewerInvitations
            .Where(i => i.Id == invitation.Id && i.State == InvitationState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, InvitationState.Accepted).SetProperty(i => i.AnsweredAt, now).SetProperty(i => i.UserId, userId),
                cancellationToken);
        if (taken == 0)
        {
            return AnswerOutcome.NotPending;
        }
        var member = await db.Reviewers.AnyAsync(r => r.CallId == invitation.CallId && r.UserId == userId, cancellationToken);
        if (!member)
        {
            db.Reviewers.Add(new Reviewer { CallId = invitation.CallId, UserId = userId, AddedAt = now, AddedBy = invitation.InvitedBy });
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return member ? AnswerOutcome.AcceptedAlreadyMember : AnswerOutcome.Accepted;
    }

    public async Task<AnswerOutcome> DeclineAsync(ReviewerInvitation invitation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var taken = await db.ReviewerInvitations
            .Where(i => i.Id == invitation.Id && i.State == InvitationState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, InvitationState.Declined).SetProperty(i => i.AnsweredAt, now), cancellationToken);
        return taken == 0 ? AnswerOutcome.NotPending : AnswerOutcome.Declined;
    }
}
