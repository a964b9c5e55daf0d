using System.Globalization;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.WriteReview;

public enum ReviewSaved
{
    DraftSaved,
    Submitted,
}

/// <summary>
/// Saves a draft (any part may be missing) or submits (every score in its scale, comments to the authors
/// written). A failed submit of a review not yet submitted keeps what was typed as a draft; a failed
/// change to a submitted review changes nothing, so a submitted review never falls back to a draft.
/// Past the deadline for this review the result is Forbidden and nothing changes.
/// </summary>
public sealed class SaveReviewHandler(IReviewingData db, TimeProvider clock)
{
    public async Task<Result<ReviewSaved>> HandleAsync(ReviewTarget target, ReviewInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reviewerId = target.Member.Reviewer.Id;
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.SubmissionId == target.Submission.Id && r.ReviewerId == reviewerId, cancellationToken);
        var wasSubmitted = review?.IsSubmitted == true;
        if (!target.Dates.Deadline.CanChangeAt(now, wasSubmitted))
        {
            return Result<ReviewSaved>.Forbidden();
        }
        var form = target.Dates.Settings.Form;
        var submit = input.WantsSubmit || wasSubmitted;
        var errors = new ErrorList();
        var scores = new Dictionary<string, int>();
        // A score that does not parse keeps the one already saved, so a slip loses nothing.
        foreach (var criterion in form.Criteria)
        {
            var saved = review?.Scores.TryGetValue(criterion.Key, out var old) == true ? old : (int?)null;
            if (Score(criterion, input.Scores.GetValueOrDefault(criterion.Key), submit, $"Scores[{criterion.Key}]", errors, saved) is { } value)
            {
                scores[criterion.Key] = value;
            }
        }
        var overall = Score(form.Overall, input.Overall, submit, nameof(input.Overall), errors, review?.Overall);
        var confidence = Score(form.Confidence, input.Confidence, submit, nameof(input.Confidence), errors, review?.Confidence);
        var toAuthors = Text(input.CommentsToAuthors);
        var confidential = Text(input.ConfidentialComments);
        var tooLong = false;
        foreach (var (field, text, name) in new[] { (nameof(input.CommentsToAuthors), toAuthors, "Comments to the authors"), (nameof(input.ConfidentialComments), confidential, "Confidential comments") })
        {
            if (text.Length > Review.CommentsMaxLength)
            {
                tooLong = true;
                errors.Add(field, $"{name} can have at most {Review.CommentsMaxLength:N0} characters; yours have {text.Length:N0}. Shorten them and save again.");
            }
        }
        if (submit && toAuthors.Trim().Length == 0)
        {
            errors.Add(nameof(input.CommentsToAuthors), "Write comments to the authors before submitting: they are what the authors read.");
        }
        if (errors.Any && (wasSubmitted || tooLong))
        {
            return errors.ToResult(ReviewSaved.DraftSaved);
        }
        if (review is null)
        {
            review = new Review { CallId = target.Member.Call.CallId, SubmissionId = target.Submission.Id, ReviewerId = reviewerId, CreatedAt = now };
            db.Reviews.Add(review);
        }
        review.Scores = scores;
        review.Overall = overall;
        review.Confidence = confidence;
        review.CommentsToAuthors = toAuthors;
        review.ConfidentialComments = confidential;
        review.UpdatedAt = now;
        if (submit && !errors.Any)
        {
            review.SubmittedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (errors.Any)
        {
            errors.Add("The review is not submitted. What you wrote is saved as a draft; fix the points above and submit again.");
        }
        return errors.ToResult(submit ? ReviewSaved.Submitted : ReviewSaved.DraftSaved);
    }

    private static int? Score(ScoreScale scale, string? raw, bool required, string field, ErrorList errors, int? saved)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (required)
            {
                errors.Add(field, $"Give a score for {scale.Label} ({scale.Min}–{scale.Max}) before submitting.");
            }
            return null;
        }
        if (int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && scale.Contains(value))
        {
            return value;
        }
        errors.Add(field, $"{scale.Label} is a whole number from {scale.Min} to {scale.Max}; \"{raw.Trim()}\" is not. Choose one of those scores.");
        return saved;
    }

    // Browsers post CRLF line ends; keep LF so that the length the reviewer sees is the length checked.
    private static string Text(string? value) => (value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
}
