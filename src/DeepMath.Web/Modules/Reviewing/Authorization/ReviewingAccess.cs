using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Authorization;

/// <summary>Who may do what in a call's review: its event's organizers run the committee; members act as reviewers.</summary>
public sealed class ReviewingAccess(IReviewingData db, CallOverview calls, EventManagers managers)
{
    public sealed record Membership(Reviewer Reviewer, CallInfo Call);

    /// <summary>The call, when <paramref name="user"/> organizes its event; otherwise null, to be answered with 404.</summary>
    public Task<CallInfo?> ManagedCallAsync(ClaimsPrincipal user, Guid callId, CancellationToken cancellationToken) =>
        managers.ManagedCallAsync(user, callId, cancellationToken);

    /// <summary>The user's membership of the call's committee (tracked, so that its profile can be saved), or null.</summary>
    public async Task<Membership?> MembershipAsync(ClaimsPrincipal user, Guid callId, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var reviewer = userId is null ? null : await db.Reviewers.SingleOrDefaultAsync(r => r.CallId == callId && r.UserId == userId, cancellationToken);
        return reviewer is not null && await calls.FindAsync(callId, cancellationToken) is { } call ? new Membership(reviewer, call) : null;
    }
}
