using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>A score as authors read it: the criterion's label and scale with the value given.</summary>
public sealed record ScoreForAuthors(string Key, string Label, int Value, int Min, int Max);

/// <summary>
/// One submitted review as its authors may see it: "Reviewer 1", "Reviewer 2" ... in the order the
/// reviews were begun, with the scores and the comments to the authors. No reviewer identity and no
/// confidential comments are carried, so no page built on it can leak them.
/// </summary>
public sealed record ReviewForAuthors(string Label, int Ordinal, IReadOnlyList<ScoreForAuthors> Scores, ScoreForAuthors? Overall, ScoreForAuthors? Confidence, string CommentsToAuthors);

/// <summary>The Reviewing module's public face for decisions and author notifications.</summary>
public sealed class ReviewsForAuthors(DeepMathDbContext db)
{
    public async Task<IReadOnlyList<ReviewForAuthors>> ForSubmissionAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        var callId = await db.Reviews.AsNoTracking().Where(r => r.SubmissionId == submissionId).Select(r => (Guid?)r.CallId).FirstOrDefaultAsync(cancellationToken);
        return callId is null ? [] : (await ForCallAsync(callId.Value, cancellationToken)).GetValueOrDefault(submissionId) ?? [];
    }

    /// <summary>Every submission of the call with at least one submitted review.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReviewForAuthors>>> ForCallAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var form = await db.ReviewSettings.AsNoTracking().Where(s => s.CallId == callId).Select(s => s.Form).SingleOrDefaultAsync(cancellationToken) ?? ReviewForm.Default;
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => r.CallId == callId && r.SubmittedAt != null)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new { r.SubmissionId, r.Scores, r.Overall, r.Confidence, r.CommentsToAuthors })
            .ToListAsync(cancellationToken);
        return reviews.GroupBy(r => r.SubmissionId).ToDictionary(g => g.Key, g => (IReadOnlyList<ReviewForAuthors>)
        [
            .. g.Select((r, i) => new ReviewForAuthors($"Reviewer {i + 1}", i + 1,
                [.. form.Criteria.Where(c => r.Scores.ContainsKey(c.Key)).Select(c => Score(c, r.Scores[c.Key]))],
                r.Overall is { } o ? Score(form.Overall, o) : null,
                r.Confidence is { } c ? Score(form.Confidence, c) : null,
                r.CommentsToAuthors)),
        ]);
    }

    private static ScoreForAuthors Score(ScoreScale scale, int value) => new(scale.Key, scale.Label, value, scale.Min, scale.Max);
}
