using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Bidding;

/// <summary>A reviewer declares, or takes back, a conflict with one submission; the caller has checked that they may.</summary>
public sealed class DeclareConflictHandler(IReviewingData db, TimeProvider clock)
{
    public async Task<Result> DeclareAsync(Guid reviewerId, Guid submissionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // One statement: a double click declares once.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO reviewing.reviewer_conflicts (reviewer_id, submission_id, declared_at) VALUES ({reviewerId}, {submissionId}, {now})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        return Result.Success();
    }

    /// <summary>Invalid when there was no declaration to take back.</summary>
    public async Task<Result> TakeBackAsync(Guid reviewerId, Guid submissionId, CancellationToken cancellationToken) =>
        await db.ReviewerConflicts.Where(c => c.ReviewerId == reviewerId && c.SubmissionId == submissionId).ExecuteDeleteAsync(cancellationToken) > 0
            ? Result.Success()
            : Result.Invalid("There was no such declaration to take back.");
}
