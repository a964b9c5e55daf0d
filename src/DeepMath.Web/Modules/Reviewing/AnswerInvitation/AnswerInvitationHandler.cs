using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.AnswerInvitation;

/// <summary>
/// Records an answer. Both answers update the invitation only while it is pending, in one conditional
/// statement, so a double click, a second tab or a withdrawal at the same moment cannot record two answers.
/// An invitation answered before, or withdrawn, gives an invalid result (its state says which).
/// </summary>
public sealed class AnswerInvitationHandler(IReviewingData db, TimeProvider clock)
{
    private const string NotPending = "This invitation is not open for an answer any more.";

    /// <returns>Whether the user was a reviewer of the call already.</returns>
    public async Task<Result<bool>> AcceptAsync(ReviewerInvitation invitation, string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.ReviewerInvitations
            .Where(i => i.Id == invitation.Id && i.State == InvitationState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, InvitationState.Accepted).SetProperty(i => i.AnsweredAt, now).SetProperty(i => i.UserId, userId),
                cancellationToken);
        if (taken == 0)
        {
            return Result<bool>.Invalid(NotPending);
        }
        var member = await db.Reviewers.AnyAsync(r => r.CallId == invitation.CallId && r.UserId == userId, cancellationToken);
        if (!member)
        {
            db.Reviewers.Add(new Reviewer { CallId = invitation.CallId, UserId = userId, AddedAt = now, AddedBy = invitation.InvitedBy });
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return member;
    }

    public async Task<Result> DeclineAsync(ReviewerInvitation invitation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var taken = await db.ReviewerInvitations
            .Where(i => i.Id == invitation.Id && i.State == InvitationState.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, InvitationState.Declined).SetProperty(i => i.AnsweredAt, now), cancellationToken);
        return taken == 0 ? Result.Invalid(NotPending) : Result.Success();
    }
}
