using DeepMath.Web.Modules.Reviewing.Data;
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
public sealed class ReviewsForAuthors(IReviewingData db)
{
    public async Task<IReadOnlyList<ReviewForAuthors>> ForSubmissionAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        (await ForSubmissionsAsync([submissionId], cancellationToken)).GetValueOrDefault(submissionId) ?? [];

    /// <summary>Every submission of the call with at least one submitted review.</summary>
    public Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReviewForAuthors>>> ForCallAsync(Guid callId, CancellationToken cancellationToken = default) =>
        ReadAsync(db.Reviews.Where(r => r.CallId == callId), cancellationToken);

    /// <summary>The same for a batch of submissions (a round of notifications), in two queries whatever its size.</summary>
    public Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReviewForAuthors>>> ForSubmissionsAsync(IReadOnlyCollection<Guid> submissionIds, CancellationToken cancellationToken = default) =>
        ReadAsync(db.Reviews.Where(r => submissionIds.Contains(r.SubmissionId)), cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReviewForAuthors>>> ReadAsync(IQueryable<Review> scope, CancellationToken cancellationToken)
    {
        var reviews = await scope.AsNoTracking()
            .Where(r => r.SubmittedAt != null)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new { r.CallId, r.SubmissionId, r.Scores, r.Overall, r.Confidence, r.CommentsToAuthors })
            .ToListAsync(cancellationToken);
        var callIds = reviews.Select(r => r.CallId).Distinct().ToList();
        var forms = await db.ReviewSettings.AsNoTracking().Where(s => callIds.Contains(s.CallId)).ToDictionaryAsync(s => s.CallId, s => s.Form, cancellationToken);
        return reviews.GroupBy(r => r.SubmissionId).ToDictionary(g => g.Key, g => (IReadOnlyList<ReviewForAuthors>)
        [
            .. g.Select((r, i) =>
            {
                var form = forms.GetValueOrDefault(r.CallId) ?? ReviewForm.Default;
                return new ReviewForAuthors($"Reviewer {i + 1}", i + 1,
                    [.. form.Criteria.Where(c => r.Scores.ContainsKey(c.Key)).Select(c => Score(c, r.Scores[c.Key]))],
                    r.Overall is { } o ? Score(form.Overall, o) : null,
                    r.Confidence is { } c ? Score(form.Confidence, c) : null,
                    r.CommentsToAuthors.Trim());
            }),
        ]);
    }

    private static ScoreForAuthors Score(ScoreScale scale, int value) => new(scale.Key, scale.Label, value, scale.Min, scale.Max);
}
