using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assignments;

/// <summary>
/// The one way assignments change: every addition and removal goes into a logged batch with its change rows,
/// so that the log tells the whole story and a batch can be undone. The caller saves.
/// </summary>
public sealed class AssignmentWriter(IReviewingData db, TimeProvider clock)
{
    public AssignmentBatch Begin(Guid callId, AssignmentBatchKind kind, string userId, string summary, int pairCount)
    {
        var batch = new AssignmentBatch
        {
            CallId = callId, Kind = kind, CreatedAt = clock.GetUtcNow(), CreatedBy = userId, PairCount = pairCount,
            Summary = summary.Length <= AssignmentBatch.SummaryMaxLength ? summary : summary[..(AssignmentBatch.SummaryMaxLength - 1)] + "…",
        };
        db.AssignmentBatches.Add(batch);
        return batch;
    }

    public void Add(AssignmentBatch batch, Guid submissionId, Guid reviewerId)
    {
        db.Assignments.Add(new ReviewerAssignment
        {
            CallId = batch.CallId, SubmissionId = submissionId, ReviewerId = reviewerId, CreatedAt = batch.CreatedAt, CreatedBy = batch.CreatedBy, BatchId = batch.Id,
        });
        db.AssignmentChanges.Add(new AssignmentChange { BatchId = batch.Id, CallId = batch.CallId, SubmissionId = submissionId, ReviewerId = reviewerId, Added = true });
    }

    public void Remove(AssignmentBatch batch, ReviewerAssignment assignment)
    {
        db.Assignments.Remove(assignment);
        db.AssignmentChanges.Add(new AssignmentChange
        {
            BatchId = batch.Id, CallId = batch.CallId, SubmissionId = assignment.SubmissionId, ReviewerId = assignment.ReviewerId, Added = false,
        });
    }

    /// <summary>Saves; false when another request assigned one of the same pairs first (the unique index said so), with nothing saved.</summary>
    public async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Whether a review, draft or submitted, hangs on the pair: taking the assignment away would orphan it.</summary>
    public Task<bool> HasReviewAsync(Guid submissionId, Guid reviewerId, CancellationToken cancellationToken) =>
        db.Reviews.AnyAsync(r => r.SubmissionId == submissionId && r.ReviewerId == reviewerId, cancellationToken);
}
