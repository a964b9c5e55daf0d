using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>What an author may read of one review: a label and the comments meant for authors.</summary>
public sealed record AuthorReview(string Label, string CommentsToAuthors);

/// <summary>
/// Reviews as authors see them once the decision is sent: "Reviewer 1, 2, 3" in the order the reviews were
/// first created (stable across edits), never a name, a score or a confidential comment.
/// </summary>
public sealed class AuthorReviewsQuery(DeepMathDbContext db)
{
    public async Task<IReadOnlyList<AuthorReview>> ForSubmissionAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        var comments = await ForSubmissionsAsync([submissionId], cancellationToken);
        return comments.TryGetValue(submissionId, out var list) ? list : [];
    }

    /// <summary>The same for many submissions in one query, for a batch of notifications.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AuthorReview>>> ForSubmissionsAsync(IReadOnlyCollection<Guid> submissionIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.Reviews.AsNoTracking()
            .Where(r => submissionIds.Contains(r.SubmissionId) && r.SubmittedAt != null)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new { r.SubmissionId, r.CommentsToAuthors })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SubmissionId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<AuthorReview>)[.. g.Select((r, i) => new AuthorReview($"Reviewer {i + 1}", r.CommentsToAuthors.Trim()))]);
    }
}
