using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>An organizer assigns or takes away one pair by hand; a holding conflict refuses the assignment, with its reasons.</summary>
public sealed class ManualAssignmentHandler(IReviewingData db, AssignmentStateQuery states, AssignmentWriter writer, AssignmentNotices notices)
{
    public async Task<Result<string>> AddAsync(CallInfo call, Guid? submissionId, Guid? reviewerId, string userId, CancellationToken cancellationToken)
    {
        if (submissionId is null || reviewerId is null)
        {
            return Result<string>.Invalid("Choose both a submission and a reviewer to assign.");
        }
        var state = await states.LoadAsync(call, cancellationToken);
        var submission = state.Submissions.FirstOrDefault(s => s.Id == submissionId);
        if (submission is null || state.Member(reviewerId.Value) is not { } reviewer)
        {
            return Result<string>.Invalid("That submission is not open to review (withdrawn, or held back: see the call's submissions page for why), "
                + "or that reviewer is no longer on the committee. Reload the page and choose again.");
        }
        var name = state.NameOf(reviewer.Id);
        if (state.ConflictsOf(reviewer.Id, submission.Id) is { Count: > 0 } conflicts)
        {
            var reasons = string.Join("; ", conflicts.Select(c => $"{ConflictKinds.Label(c.Kind)}: {c.Reason}"));
            return Result<string>.Invalid($"{name} cannot review abstract {submission.Number}: conflict of interest ({reasons}). "
                + "Dismiss the conflict on the conflicts page first if it is a false positive.");
        }
        if (state.IsAssigned(reviewer.Id, submission.Id))
        {
            return Result<string>.Invalid($"{name} already reviews abstract {submission.Number}.");
        }
        var batch = writer.Begin(call.CallId, AssignmentBatchKind.ManualAdd, userId, $"{name} assigned abstract {submission.Number} by hand.", 1);
        writer.Add(batch, submission.Id, reviewer.Id);
        await notices.QueueAsync(call, batch, [(submission.Id, reviewer.Id)],
            new Dictionary<Guid, (int, string)> { [submission.Id] = (submission.Number, submission.Title) }, cancellationToken);
        if (!await writer.TrySaveAsync(cancellationToken))
        {
            return Result<string>.Invalid($"{name} already reviews abstract {submission.Number}.");
        }
        var notes = new List<string>();
        if (state.LoadOf(reviewer.Id) + 1 > state.MaxLoadOf(reviewer))
        {
            notes.Add($"{name} now has {state.LoadOf(reviewer.Id) + 1} reviews, above their maximum of {state.MaxLoadOf(reviewer)}");
        }
        if (state.BidOf(reviewer.Id, submission.Id) == BidValue.NotWilling)
        {
            notes.Add($"{name} bid not willing on it");
        }
        return $"{name} now reviews abstract {submission.Number}." + (notes.Count > 0 ? $" Note: {string.Join("; ", notes)}." : string.Empty);
    }

    /// <summary>The pair about to be taken away, as the confirmation page names it; invalid when it cannot be taken away at all.</summary>
    public async Task<Result<RemovalPreview>> PreviewRemovalAsync(CallInfo call, Guid submissionId, Guid reviewerId, CancellationToken cancellationToken)
    {
        if (!await db.Assignments.AnyAsync(a => a.CallId == call.CallId && a.SubmissionId == submissionId && a.ReviewerId == reviewerId, cancellationToken))
        {
            return Result<RemovalPreview>.Invalid("That assignment no longer exists.");
        }
        var state = await states.LoadAsync(call, cancellationToken);
        var number = state.Submissions.FirstOrDefault(s => s.Id == submissionId)?.Number;
        var name = state.NameOf(reviewerId);
        if (await writer.HasReviewAsync(submissionId, reviewerId, cancellationToken))
        {
            return Result<RemovalPreview>.Invalid($"{name} has already started a review of abstract {number}; it stays assigned so that the review is not lost.");
        }
        var others = await db.Assignments.CountAsync(a => a.CallId == call.CallId && a.SubmissionId == submissionId && a.ReviewerId != reviewerId, cancellationToken);
        return new RemovalPreview(name, number, others, call.ReviewsPerSubmission);
    }

    public async Task<Result<string>> RemoveAsync(CallInfo call, Guid submissionId, Guid reviewerId, string userId, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.CallId == call.CallId && a.SubmissionId == submissionId && a.ReviewerId == reviewerId, cancellationToken);
        if (assignment is null)
        {
            return Result<string>.Invalid("That assignment no longer exists.");
        }
        var state = await states.LoadAsync(call, cancellationToken);
        var number = state.Submissions.FirstOrDefault(s => s.Id == submissionId)?.Number;
        var name = state.NameOf(reviewerId);
        if (await writer.HasReviewAsync(submissionId, reviewerId, cancellationToken))
        {
            return Result<string>.Invalid($"{name} has already started a review of abstract {number}; it stays assigned so that the review is not lost.");
        }
        var batch = writer.Begin(call.CallId, AssignmentBatchKind.ManualRemove, userId, $"{name} taken off abstract {number} by hand.", 1);
        writer.Remove(batch, assignment);
        await db.SaveChangesAsync(cancellationToken);
        return $"{name} no longer reviews abstract {number}.";
    }
}

/// <summary>A pair an organizer is about to take away: who, which abstract, and how many reviewers it keeps of those it should get.</summary>
public sealed record RemovalPreview(string ReviewerName, int? Number, int OthersAssigned, int ReviewsPerSubmission);
