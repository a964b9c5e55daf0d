using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>
/// Undoes a logged batch as a whole: its additions are taken away and its removals put back, as one new batch.
/// A pair a later change already reverted is left as it is. Nothing is undone when a review hangs on an addition
/// or a conflict now forbids a removal's pair.
/// </summary>
public sealed class UndoBatchHandler(IReviewingData db, AssignmentStateQuery states, AssignmentWriter writer)
{
    public async Task<Result<string>> HandleAsync(CallInfo call, Guid batchId, string userId, CancellationToken cancellationToken)
    {
        var batch = await db.AssignmentBatches.SingleOrDefaultAsync(b => b.Id == batchId && b.CallId == call.CallId, cancellationToken);
        if (batch is null || batch.Kind == AssignmentBatchKind.Undo)
        {
            return Result<string>.Invalid("That change is not in this call's log, or is itself an undo.");
        }
        if (batch.UndoneAt is not null)
        {
            return Result<string>.Invalid("That change was already undone.");
        }
        var changes = await db.AssignmentChanges.AsNoTracking().Where(c => c.BatchId == batchId).ToListAsync(cancellationToken);
        var current = await db.Assignments.Where(a => a.CallId == call.CallId).ToListAsync(cancellationToken);
        var state = await states.LoadAsync(call, cancellationToken);
        var byPair = current.ToDictionary(a => (a.SubmissionId, a.ReviewerId));
        var toRemove = changes.Where(c => c.Added && byPair.ContainsKey((c.SubmissionId, c.ReviewerId))).Select(c => byPair[(c.SubmissionId, c.ReviewerId)]).ToList();
        var toAdd = changes.Where(c => !c.Added && !byPair.ContainsKey((c.SubmissionId, c.ReviewerId))
            && state.IsSubmitted(c.SubmissionId) && state.Member(c.ReviewerId) is not null).ToList();

        var removedIds = toRemove.Select(a => a.SubmissionId).ToList();
        var reviewed = await db.Reviews.AsNoTracking().Where(r => removedIds.Contains(r.SubmissionId))
            .Select(r => new { r.SubmissionId, r.ReviewerId }).ToListAsync(cancellationToken);
        if (toRemove.FirstOrDefault(a => reviewed.Any(r => r.SubmissionId == a.SubmissionId && r.ReviewerId == a.ReviewerId)) is { } kept)
        {
            return Result<string>.Invalid($"Not undone: {state.NameOf(kept.ReviewerId)} has started a review of abstract {NumberOf(state, kept.SubmissionId)}. "
                + "Take the other pairs off by hand if needed.");
        }
        if (toAdd.FirstOrDefault(c => state.ConflictsOf(c.ReviewerId, c.SubmissionId).Count > 0) is { } barred)
        {
            return Result<string>.Invalid($"Not undone: putting {state.NameOf(barred.ReviewerId)} back on abstract {NumberOf(state, barred.SubmissionId)} "
                + "would break a conflict of interest found since.");
        }

        var undo = writer.Begin(call.CallId, AssignmentBatchKind.Undo, userId, $"Undid: {batch.Summary}", toRemove.Count + toAdd.Count);
        foreach (var assignment in toRemove)
        {
            writer.Remove(undo, assignment);
        }
        foreach (var change in toAdd)
        {
            writer.Add(undo, change.SubmissionId, change.ReviewerId);
        }
        batch.UndoneAt = undo.CreatedAt;
        if (!await writer.TrySaveAsync(cancellationToken))
        {
            return Result<string>.Invalid("Someone changed the assignments at the same moment; nothing was undone. Try again.");
        }
        var skipped = changes.Count - toRemove.Count - toAdd.Count;
        return $"Undone: {toRemove.Count} assignment(s) taken away, {toAdd.Count} put back"
            + (skipped > 0 ? $"; {skipped} pair(s) were already as before and stay as they are." : ".");
    }

    private static int? NumberOf(AssignmentState state, Guid submissionId) => state.Submissions.FirstOrDefault(s => s.Id == submissionId)?.Number;
}
