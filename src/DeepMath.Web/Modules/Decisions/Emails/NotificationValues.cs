using System.Globalization;
using System.Text;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Decisions.Emails;

/// <summary>What the placeholders of a notification stand for, for one submission and one recipient.</summary>
public static class NotificationValues
{
    public static IReadOnlyDictionary<string, string> For(CallInfo call, EventInfo? dates, SubmissionDetails submission, DecisionOutcome outcome,
        IReadOnlyList<ReviewForAuthors> reviews, string recipientName, string registrationUrl, string submissionUrl) =>
        new Dictionary<string, string>
        {
            ["presenter"] = submission.Authors.Count > 0 ? submission.Authors[0].Name : recipientName,
            ["name"] = recipientName,
            ["title"] = submission.Title,
            ["number"] = submission.Number.ToString(CultureInfo.InvariantCulture),
            ["outcome"] = outcome.Label,
            ["event"] = call.EventTitle,
            ["reviews"] = ReviewsText(reviews),
            ["registration_link"] = registrationUrl,
            ["registration_deadline"] = dates?.RegistrationClosesOn is { } d ? d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "the registration deadline on the event's page",
            ["submission_link"] = submissionUrl,
        };

    public static string ReviewsText(IReadOnlyList<ReviewForAuthors> reviews)
    {
        var text = new StringBuilder();
        foreach (var review in reviews.Where(r => r.CommentsToAuthors.Length > 0))
        {
            // The reviewer's own line breaks and blank lines are kept: the e-mail turns blank lines into paragraphs.
            text.Append(review.Label).Append(": ").Append(review.CommentsToAuthors.Trim().ReplaceLineEndings("\n")).Append("\n\n");
        }
        return text.Length == 0 ? "(The reviewers left no comments for the authors.)" : text.ToString().TrimEnd();
    }
}
