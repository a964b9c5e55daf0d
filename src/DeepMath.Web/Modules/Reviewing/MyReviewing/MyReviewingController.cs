using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Assigned;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.MyReviewing;

/// <summary>The calls a user reviews for, with the way to their profile, to bidding and to the abstracts assigned to them.</summary>
[Authorize]
[Route("reviewing")]
public sealed class MyReviewingController(IReviewingData db, CallSchedule calls, AssignedQuery assignedQuery, ReviewCalendar calendar, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
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
        return View("MyReviewing", rows);
    }
}

public sealed record MyReviewingRow(CallInfo Call, bool HasProfile, bool BiddingOpen, int Assigned);
