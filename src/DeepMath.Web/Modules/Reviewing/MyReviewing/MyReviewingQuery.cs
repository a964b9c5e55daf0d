using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assigned;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.MyReviewing;

/// <summary>Where bidding stands for the reviewer, so that the page stops asking for a step that is over.</summary>
public enum BiddingPhase
{
    NotYet,
    Open,
    Closed,
}

/// <param name="Submitted">How many of the assigned abstracts have the reviewer's submitted review.</param>
/// <param name="Deadline">When reviews are due, for display; null while the organizers have not set it.</param>
public sealed record MyReviewingRow(CallInfo Call, bool HasProfile, BiddingPhase Bidding, DateTimeOffset BiddingOpensAt, int Assigned, int Submitted, DateTimeOffset? Deadline)
{
    public bool BiddingOpen => Bidding == BiddingPhase.Open;
}

/// <summary>The calls a user reviews for, each with whether their profile is filled, where bidding stands, and how far the reviews are.</summary>
public sealed class MyReviewingQuery(IReviewingData db, CallOverview calls, AssignedQuery assignedQuery, ReviewCalendar calendar, TimeProvider clock)
{
    public async Task<IReadOnlyList<MyReviewingRow>> ListAsync(string? userId, CancellationToken cancellationToken)
    {
        var memberships = await db.Reviewers.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken);
        var rows = new List<MyReviewingRow>();
        var now = clock.GetUtcNow();
        // A reviewer sits on a handful of committees; a few lookups each are cheap.
        foreach (var m in memberships)
        {
            if (await calls.FindAsync(m.CallId, cancellationToken) is { } call)
            {
                var assigned = await assignedQuery.ListAsync(new ReviewingAccess.Membership(m, call), cancellationToken);
                var ids = assigned.Select(a => a.SubmissionId).ToList();
                var submitted = await db.Reviews.CountAsync(r => r.ReviewerId == m.Id && r.SubmittedAt != null && ids.Contains(r.SubmissionId), cancellationToken);
                var dates = await calendar.ForAsync(call, cancellationToken);
                var phase = dates.Bidding.IsOpenAt(now) ? BiddingPhase.Open : now < dates.Bidding.OpensAt ? BiddingPhase.NotYet : BiddingPhase.Closed;
                rows.Add(new MyReviewingRow(call, m.ProfileUpdatedAt is not null, phase, dates.Bidding.OpensAt, assigned.Count, submitted, dates.Deadline.LastOnTimeInstant));
            }
        }
        return rows;
    }
}
