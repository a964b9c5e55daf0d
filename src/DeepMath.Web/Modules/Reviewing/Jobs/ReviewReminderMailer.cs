using System.Globalization;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assigned;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Reviewing.Emails;
using DeepMath.Web.Modules.Reviewing.WriteReview;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Jobs;

/// <summary>A reviewer's assigned submissions without a submitted review.</summary>
public sealed record UnfinishedReviews(Guid ReviewerId, string UserId, IReadOnlyList<Guid> SubmissionIds);

/// <summary>Finds who has unfinished reviews and queues their reminder, for the sweep and for the organizers' button alike.</summary>
public sealed class ReviewReminderMailer(IReviewingData db, IOutbox outbox, AccountDirectory accounts, SubmissionCatalog submissions, LinkBuilder links)
{
    public async Task<IReadOnlyList<UnfinishedReviews>> UnfinishedAsync(Guid callId, CancellationToken cancellationToken)
    {
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.CallId == callId)
            .Where(a => !db.Reviews.Any(r => r.SubmissionId == a.SubmissionId && r.ReviewerId == a.ReviewerId && r.SubmittedAt != null))
            .Join(db.Reviewers, a => a.ReviewerId, r => r.Id, (a, r) => new { a.ReviewerId, r.UserId, a.SubmissionId })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.ReviewerId, r.UserId)).Select(g => new UnfinishedReviews(g.Key.ReviewerId, g.Key.UserId, [.. g.Select(r => r.SubmissionId)]))];
    }

    /// <summary>Queues one reminder per reviewer under <paramref name="keyOf"/>; the caller saves. Returns how many were queued.</summary>
    public async Task<int> QueueAsync(CallInfo call, ReviewDeadline deadline, ReviewReminderKind kind, IReadOnlyList<UnfinishedReviews> reviewers,
        Func<UnfinishedReviews, string> keyOf, CancellationToken cancellationToken)
    {
        if (reviewers.Count == 0)
        {
            return 0;
        }
        // Only abstracts still under review: a withdrawn one needs no review.
        var papers = await submissions.UnderReview(call.CallId)
            .Select(s => new { s.Id, s.Number, s.Title }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var contacts = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId);
        var due = deadline.LastOnTimeInstant is { } last
            ? $"{TimeZoneInfo.ConvertTime(last, deadline.Zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({TimeZones.DisplayName(deadline.Zone)})"
            : null;
        var queued = 0;
        foreach (var reviewer in reviewers)
        {
            var items = reviewer.SubmissionIds.Where(papers.ContainsKey).Select(id => papers[id]).OrderBy(p => p.Number)
                .Select(p => new ReviewReminderEmail.Item(p.Number, p.Title, links.Action<WriteReviewController>(nameof(WriteReviewController.Index), new { callId = call.CallId, number = p.Number })))
                .ToList();
            if (items.Count == 0 || !contacts.TryGetValue(reviewer.UserId, out var person))
            {
                continue;
            }
            var message = ReviewReminderEmail.Create(person.Email, person.DisplayName, call.EventTitle, kind, due, items, links.Action<AssignedController>(nameof(AssignedController.Index), new { callId = call.CallId }));
            if (await outbox.QueueAsync(message, keyOf(reviewer), cancellationToken, call.EventId))
            {
                queued++;
            }
        }
        return queued;
    }
}
