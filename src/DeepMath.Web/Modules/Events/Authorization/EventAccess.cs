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
    public async Task<Event?> FindManagedAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken, bool track = false) =>
        await (track ? db.Events : db.Events.AsNoTracking()).SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken) is { } ev
        && await CanManageAsync(user, ev.Id, cancellationToken) ? ev : null;

    public Task<bool> CanManageAsync(ClaimsPrincipal user, Guid eventId, CancellationToken cancellationToken = default) =>
        user.ManagesAsync(db.EventOrganizers.Where(o => o.EventId == eventId).Select(o => o.UserId), cancellationToken);
}
