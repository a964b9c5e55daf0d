using DeepMath.Web.Modules.Accounts.Contracts;
using System.Security.Claims;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Authorization;

/// <summary>Who may manage an event: its organizers and site admins.</summary>
public sealed class EventAccess(IEventsData db)
{
    /// <summary>
    /// The event at <paramref name="slug"/> if <paramref name="user"/> may manage it; null otherwise, so
    /// that callers answer 404 and outsiders cannot tell a hidden event from a missing one.
    /// </summary>
    public async Task<Event?> FindManagedAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken, bool track = false)
    {
        var events = track ? db.Events : db.Events.AsNoTracking();
        var ev = await events.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        return ev is not null && await CanManageAsync(user, ev.Id, cancellationToken) ? ev : null;
    }

    public async Task<bool> CanManageAsync(ClaimsPrincipal user, Guid eventId, CancellationToken cancellationToken = default)
    {
        if (user.IsSiteAdmin())
        {
            return true;
        }
        var userId = user.UserId();
        return userId is not null
            && await db.EventOrganizers.AnyAsync(o => o.EventId == eventId && o.UserId == userId, cancellationToken);
    }
}
