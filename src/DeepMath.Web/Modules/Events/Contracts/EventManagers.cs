using System.Security.Claims;
using DeepMath.Web.Modules.Events.Authorization;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>What other modules may ask about an event's management: whether a user organizes it (or is a site admin).</summary>
public sealed class EventManagers(EventAccess access)
{
    public Task<bool> CanManageAsync(ClaimsPrincipal user, Guid eventId, CancellationToken cancellationToken = default) =>
        access.CanManageAsync(user, eventId, cancellationToken);
}
