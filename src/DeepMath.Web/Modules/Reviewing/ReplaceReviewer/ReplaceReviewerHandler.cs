using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ReplaceReviewer;

/// <summary>
/// Takes a reviewer off an abstract and puts another on, as one logged batch that the log can undo. Refused when the
/// leaving reviewer has started a review (it would be lost) or the newcomer may not review the abstract.
/// </summary>
public sealed class ReplaceReviewerHandler(IReviewingData db, AssignmentStateQuery states, AssignmentWriter writer)
{
    public async Task<Result<string>> HandleAsync(CallInfo call, Guid submissionId, Guid reviewerId, Guid replacementId, string userId, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.CallId == call.CallId && a.SubmissionId == submissionId && a.ReviewerId == reviewerId, cancellationToken);
        var state = await states.LoadAsync(call, cancellationToken);
        var submission = state.Submissions.FirstOrDefault(s => s.Id == submissionId);
        if (assignment is null || submission is null)
        {
            return Result<string>.Invalid("That assignment no longer exists; reload the assignments page.");
        }
        var leaving = state.NameOf(reviewerId);
        if (await writer.HasReviewAsync(submissionId, reviewerId, cancellationToken))
        {
            return Result<string>.Invalid($"{leaving} has already started a review of abstract {submission.Number}; it stays assigned so that the review is not lost.");
        }
        if (state.Member(replacementId) is null || replacementId == reviewerId || state.IsAssigned(replacementId, submissionId)
            || state.ConflictsOf(replacementId, submissionId).Count > 0 || state.BidOf(replacementId, submissionId) == BidValue.NotWilling)
        {
            return Result<string>.Invalid("That reviewer cannot take the abstract (not on the committee, already on it, conflicted or not willing). Choose another alternate.");
        }
        var joining = state.NameOf(replacementId);
        var batch = writer.Begin(call.CallId, AssignmentBatchKind.Applied, userId, $"{leaving} replaced by {joining} on abstract {submission.Number}.", 2);
        writer.Remove(batch, assignment);
        writer.Add(batch, submissionId, replacementId);
        return await writer.TrySaveAsync(cancellationToken)
            ? $"{joining} now reviews abstract {submission.Number} in place of {leaving}. Undo it from the log if needed."
            : Result<string>.Invalid("Someone changed the assignments meanwhile, so nothing was changed. Try again.");
    }
}
