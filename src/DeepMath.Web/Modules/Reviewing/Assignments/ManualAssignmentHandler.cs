using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>An organizer assigns or takes away one pair by hand; a holding conflict refuses the assignment, with its reasons.</summary>
public sealed class ManualAssignmentHandler(IReviewingData db, AssignmentStateQuery states, AssignmentWriter writer)
{
    public sealed record Outcome(string Message, bool Done);

    public async Task<Outcome> AddAsync(CallInfo call, Guid? submissionId, Guid? reviewerId, string userId, CancellationToken cancellationToken)
    {
        if (submissionId is null || reviewerId is null)
        {
            return new("Choose both a submission and a reviewer to assign.", false);
        }
        var state = await states.LoadAsync(call, cancellationToken);
        var submission = state.Submissions.FirstOrDefault(s => s.Id == submissionId);
        if (submission is null || state.Member(reviewerId.Value) is not { } reviewer)
        {
            return new("That submission is not open to review (withdrawn, or held back: see the call's submissions page for why), "
                + "or that reviewer is no longer on the committee. Reload the page and choose again.", false);
        }
        var name = state.NameOf(reviewer.Id);
        if (state.ConflictsOf(reviewer.Id, submission.Id) is { Count: > 0 } conflicts)
        {
            var reasons = string.Join("; ", conflicts.Select(c => $"{ConflictKinds.Label(c.Kind)}: {c.Reason}"));
            return new($"{name} cannot review abstract {submission.Number}: conflict of interest ({reasons}). "
                + "Dismiss the conflict on the conflicts page first if it is a false positive.", false);
        }
        if (state.IsAssigned(reviewer.Id, submission.Id))
        {
            return new($"{name} already reviews abstract {submission.Number}.", false);
        }
        var batch = writer.Begin(call.CallId, AssignmentBatchKind.ManualAdd, userId, $"{name} assigned abstract {submission.Number} by hand.", 1);
        writer.Add(batch, submission.Id, reviewer.Id);
        if (!await writer.TrySaveAsync(cancellationToken))
        {
            return new($"{name} already reviews abstract {submission.Number}.", false);
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
        return new($"{name} now reviews abstract {submission.Number}." + (notes.Count > 0 ? $" Note: {string.Join("; ", notes)}." : string.Empty), true);
    }

    public async Task<Outcome> RemoveAsync(CallInfo call, Guid submissionId, Guid reviewerId, string userId, CancellationToken cancellationToken)
    {
        var assignment = await db.Assignments.SingleOrDefaultAsync(a => a.CallId == call.CallId && a.SubmissionId == submissionId && a.ReviewerId == reviewerId, cancellationToken);
        if (assignment is null)
        {
            return new("That assignment no longer exists.", false);
        }
        var state = await states.LoadAsync(call, cancellationToken);
        var number = state.Submissions.FirstOrDefault(s => s.Id == submissionId)?.Number;
        var name = state.NameOf(reviewerId);
        if (await writer.HasReviewAsync(submissionId, reviewerId, cancellationToken))
        {
            return new($"{name} has already started a review of abstract {number}; it stays assigned so that the review is not lost.", false);
        }
        var batch = writer.Begin(call.CallId, AssignmentBatchKind.ManualRemove, userId, $"{name} taken off abstract {number} by hand.", 1);
        writer.Remove(batch, assignment);
        await db.SaveChangesAsync(cancellationToken);
        return new($"{name} no longer reviews abstract {number}.", true);
    }
}
