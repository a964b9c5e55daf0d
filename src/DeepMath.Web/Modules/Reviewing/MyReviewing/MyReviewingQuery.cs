using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assigned;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.MyReviewing;

public sealed record MyReviewingRow(CallInfo Call, bool HasProfile, bool BiddingOpen, int Assigned);

/// <summary>The calls a user reviews for, each with whether their profile is filled, bidding is open, and how much is assigned.</summary>
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
                rows.Add(new MyReviewingRow(call, m.ProfileUpdatedAt is not null, (await calendar.ForAsync(call, cancellationToken)).Bidding.IsOpenAt(now), assigned.Count));
            }
        }
        return rows;
    }
}
