using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ReviewProgress;

public sealed record ReviewerProgress(Guid ReviewerId, string Name, string Email, int Assigned, int NotStarted, int Drafts, int Submitted, int Late, int Overdue)
{
    public bool HasUnfinished => Assigned > Submitted;
}

public sealed record SubmissionProgress(int Number, string Title, int Submitted, int Assigned);

public sealed record ProgressPage(CallInfo Call, ReviewDates Dates, bool Overdue, IReadOnlyList<ReviewerProgress> Reviewers, IReadOnlyList<SubmissionProgress> Submissions, Guid Click)
{
    public int TotalAssigned => Reviewers.Sum(r => r.Assigned);
    public int TotalSubmitted => Reviewers.Sum(r => r.Submitted);
}

/// <summary>How far a call's reviews are, per reviewer and per submission, in a fixed number of queries.</summary>
public sealed class ProgressQuery(IReviewingData db, ReviewCalendar calendar, AccountDirectory accounts, SubmissionCatalog submissions, TimeProvider clock)
{
    public async Task<ProgressPage> PageAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var dates = await calendar.ForAsync(call, cancellationToken);
        var now = clock.GetUtcNow();
        var overdue = dates.Deadline.IsOverdueAt(now);
        var papers = await submissions.UnderReview(call.CallId)
            .Select(s => new { s.Id, s.Number, s.Title }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var assignments = (await db.Assignments.AsNoTracking().Where(a => a.CallId == call.CallId)
            .Select(a => new { a.ReviewerId, a.SubmissionId }).ToListAsync(cancellationToken))
            .Where(a => papers.ContainsKey(a.SubmissionId)).ToList();
        var byReviewer = assignments.ToLookup(a => a.ReviewerId);
        var bySubmission = assignments.ToLookup(a => a.SubmissionId);
        var reviews = (await db.Reviews.AsNoTracking().Where(r => r.CallId == call.CallId)
            .Select(r => new { r.ReviewerId, r.SubmissionId, r.SubmittedAt }).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.ReviewerId, r.SubmissionId), r => r.SubmittedAt);
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == call.CallId).Select(r => new { r.Id, r.UserId }).ToListAsync(cancellationToken);
        var contacts = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId);
        var due = dates.Deadline.DueAt;

        var perReviewer = reviewers.Select(r =>
        {
            var mine = byReviewer[r.Id].Select(a => reviews.TryGetValue((r.Id, a.SubmissionId), out var at) ? (Started: true, At: at) : (Started: false, At: null)).ToList();
            var submitted = mine.Count(m => m.At is not null);
            var drafts = mine.Count(m => m.Started && m.At is null);
            var late = mine.Count(m => m.At is { } at && due is { } d && at >= d);
            var contact = contacts.GetValueOrDefault(r.UserId);
            return new ReviewerProgress(r.Id, contact?.DisplayName ?? "(account removed)", contact?.Email ?? string.Empty,
                mine.Count, mine.Count - submitted - drafts, drafts, submitted, late, overdue ? mine.Count - submitted : 0);
        })
        .OrderByDescending(r => r.Overdue).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ToList();

        var perSubmission = papers.Values.OrderBy(p => p.Number).Select(p =>
        {
            var assigned = bySubmission[p.Id].ToList();
            return new SubmissionProgress(p.Number, p.Title,
                assigned.Count(a => reviews.TryGetValue((a.ReviewerId, p.Id), out var at) && at is not null), assigned.Count);
        }).ToList();
        return new ProgressPage(call, dates, overdue, perReviewer, perSubmission, Guid.NewGuid());
    }
}
