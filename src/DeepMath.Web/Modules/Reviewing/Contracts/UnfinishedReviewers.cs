using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>The Reviewing module's face for organizers' messages: reviewers who have an assigned abstract without a submitted review.</summary>
public sealed class UnfinishedReviewers(IReviewingData db)
{
    /// <returns>The reviewers' account ids, each once.</returns>
    public async Task<IReadOnlyList<string>> UserIdsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken = default) =>
        await db.Assignments.AsNoTracking()
            .Where(a => callIds.Contains(a.CallId)
                && !db.Reviews.Any(r => r.SubmissionId == a.SubmissionId && r.ReviewerId == a.ReviewerId && r.SubmittedAt != null))
            .Join(db.Reviewers, a => a.ReviewerId, m => m.Id, (a, m) => m.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
}
