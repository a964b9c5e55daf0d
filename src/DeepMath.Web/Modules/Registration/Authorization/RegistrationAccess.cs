using System.Security.Claims;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Registration.Authorization;

/// <summary>Registration's organizer pages are for the event's organizers and site admins; everyone else gets 404.</summary>
public sealed class RegistrationAccess(EventCalendar events, EventManagers managers)
{
    public async Task<EventInfo?> FindManagedAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken) =>
        await events.FindBySlugAsync(slug, cancellationToken) is { } ev && await managers.CanManageAsync(user, ev.EventId, cancellationToken) ? ev : null;
}
