using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.WriteReview;

/// <summary>
/// Another submitted review of the same abstract, as a fellow reviewer reads it: labelled "Reviewer 2" as the
/// authors will see it, named only in a call that is not double-blind; scores and comments to the authors,
/// never the confidential comments (those are for the organizers).
/// </summary>
public sealed record OtherReview(string Label, string? ReviewerName, IReadOnlyList<ScoreForAuthors> Scores, string CommentsToAuthors);

/// <summary>
/// The other reviews a reviewer may read: only once their own review is submitted (so nobody copies), only when
/// the organizers leave it on for the call, and only submitted ones. It reads the submission's reviews and
/// nothing of its authors, so the page it feeds cannot name one.
/// </summary>
public sealed class OtherReviewsQuery(IReviewingData db, AccountDirectory accounts)
{
    public async Task<IReadOnlyList<OtherReview>?> ForAsync(ReviewTarget target, bool ownSubmitted, CancellationToken cancellationToken)
    {
        if (!ownSubmitted || !target.Dates.Settings.ReviewersSeeOtherReviews)
        {
            return null;
        }
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => r.SubmissionId == target.Submission.Id && r.SubmittedAt != null)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Join(db.Reviewers, r => r.ReviewerId, m => m.Id, (r, m) => new { r.ReviewerId, m.UserId, r.Scores, r.Overall, r.Confidence, r.CommentsToAuthors })
            .ToListAsync(cancellationToken);
        var names = target.Member.Call.DoubleBlind
            ? new Dictionary<string, string>()
            : (await accounts.ContactsAsync(reviews.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId, c => c.DisplayName);
        var form = target.Dates.Settings.Form;
        // Labels follow the order the reviews were begun, as the authors' "Reviewer 1, 2, 3" does.
        return [.. reviews.Select((r, i) => (Review: r, Label: $"Reviewer {i + 1}"))
            .Where(x => x.Review.ReviewerId != target.Member.Reviewer.Id)
            .Select(x => new OtherReview(x.Label, names.GetValueOrDefault(x.Review.UserId),
            [
                .. form.Criteria.Where(c => x.Review.Scores.ContainsKey(c.Key)).Select(c => new ScoreForAuthors(c.Key, c.Label, x.Review.Scores[c.Key], c.Min, c.Max)),
                .. x.Review.Overall is { } o ? [new ScoreForAuthors(form.Overall.Key, form.Overall.Label, o, form.Overall.Min, form.Overall.Max)] : Array.Empty<ScoreForAuthors>(),
                .. x.Review.Confidence is { } c ? [new ScoreForAuthors(form.Confidence.Key, form.Confidence.Label, c, form.Confidence.Min, form.Confidence.Max)] : Array.Empty<ScoreForAuthors>(),
            ], x.Review.CommentsToAuthors.Trim()))];
    }
}
