using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>A submitted review in full, for the organizers of the call (never for authors).</summary>
public sealed record ReviewRecord(Guid Id, Guid SubmissionId, Guid ReviewerId, string ReviewerUserId, IReadOnlyDictionary<string, int> Scores,
    int? Overall, int? Confidence, string CommentsToAuthors, string ConfidentialComments, DateTimeOffset SubmittedAt);

/// <summary>A submitted review's reviewer and scores, without its texts.</summary>
public sealed record ReviewScoreRecord(Guid SubmissionId, string ReviewerUserId, int? Overall, int? Confidence);

/// <summary>How far a call's reviewing has come, for the organizers' overview.</summary>
public sealed record ReviewCounts(int Reviewers, int Assigned, int Submitted);

/// <summary>The Reviewing module's public face for the organizers' decision pages and exports.</summary>
public sealed class CallReviews(IReviewingData db)
{
    public async Task<ReviewCounts> CountsAsync(Guid callId, CancellationToken cancellationToken = default) =>
        new(await db.Reviewers.CountAsync(r => r.CallId == callId, cancellationToken),
            await db.Assignments.CountAsync(a => a.CallId == callId, cancellationToken),
            await db.Reviews.CountAsync(r => r.CallId == callId && r.SubmittedAt != null, cancellationToken));

    /// <summary>Submitted reviews of a call, or of one submission, in the order they were submitted.</summary>
    public async Task<IReadOnlyList<ReviewRecord>> SubmittedAsync(Guid callId, Guid? submissionId = null, CancellationToken cancellationToken = default)
    {
        var query = db.Reviews.AsNoTracking().Where(r => r.CallId == callId && r.SubmittedAt != null);
        if (submissionId is { } id)
        {
            query = query.Where(r => r.SubmissionId == id);
        }
        var rows = await query
            .Join(db.Reviewers, r => r.ReviewerId, m => m.Id, (r, m) => new { Review = r, m.UserId })
            .OrderBy(x => x.Review.SubmittedAt).ThenBy(x => x.Review.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => new ReviewRecord(x.Review.Id, x.Review.SubmissionId, x.Review.ReviewerId, x.UserId, x.Review.Scores,
            x.Review.Overall, x.Review.Confidence, x.Review.CommentsToAuthors, x.Review.ConfidentialComments, x.Review.SubmittedAt!.Value))];
    }

    /// <summary>The most submitted reviews any one submission of the call has (the width of a table with a column per review).</summary>
    public async Task<int> MostSubmittedAsync(Guid callId, CancellationToken cancellationToken = default) =>
        await db.Reviews.AsNoTracking().Where(r => r.CallId == callId && r.SubmittedAt != null)
            .Join(db.Reviewers, r => r.ReviewerId, m => m.Id, (r, m) => r.SubmissionId)
            .GroupBy(id => id).Select(g => g.Count()).OrderByDescending(n => n).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The reviewer and scores of each submitted review of <paramref name="submissionIds"/>, in the order they were submitted (narrow rows, for exports in chunks).</summary>
    public async Task<IReadOnlyList<ReviewScoreRecord>> SubmittedScoresAsync(IReadOnlyCollection<Guid> submissionIds, CancellationToken cancellationToken = default) =>
        await db.Reviews.AsNoTracking().Where(r => submissionIds.Contains(r.SubmissionId) && r.SubmittedAt != null)
            .Join(db.Reviewers, r => r.ReviewerId, m => m.Id, (r, m) => new { Review = r, m.UserId })
            .OrderBy(x => x.Review.SubmittedAt).ThenBy(x => x.Review.Id)
            .Select(x => new ReviewScoreRecord(x.Review.SubmissionId, x.UserId, x.Review.Overall, x.Review.Confidence))
            .ToListAsync(cancellationToken);

    /// <summary>The user ids of the reviewers assigned to a submission, for "assigned, not yet reviewed".</summary>
    public async Task<IReadOnlyList<string>> AssignedReviewerUserIdsAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        await db.Assignments.AsNoTracking().Where(a => a.SubmissionId == submissionId)
            .Join(db.Reviewers, a => a.ReviewerId, m => m.Id, (a, m) => m.UserId)
            .ToListAsync(cancellationToken);
}
