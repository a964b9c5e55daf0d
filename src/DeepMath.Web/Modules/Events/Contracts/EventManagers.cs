using System.Security.Claims;
using DeepMath.Web.Modules.Events.Authorization;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>
/// What other modules may ask about an event's management: whether a user organizes it (or is a site admin).
/// The organizer pages of every module find their call or event here, so that one rule decides who sees them.
/// </summary>
public sealed class EventManagers(EventAccess access, CallOverview calls, EventCalendar events)
{
    public Task<bool> CanManageAsync(ClaimsPrincipal user, Guid eventId, CancellationToken cancellationToken = default) =>
        access.CanManageAsync(user, eventId, cancellationToken);

    /// <summary>The call, when <paramref name="user"/> may manage its event; otherwise null, to be answered with 404.</summary>
    public async Task<CallInfo?> ManagedCallAsync(ClaimsPrincipal user, Guid callId, CancellationToken cancellationToken) =>
        await calls.FindAsync(callId, cancellationToken) is { } call && await CanManageAsync(user, call.EventId, cancellationToken) ? call : null;

    /// <summary>The event, when <paramref name="user"/> may manage it; otherwise null, to be answered with 404.</summary>
    public async Task<EventInfo?> FindManagedAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken) =>
        await events.FindBySlugAsync(slug, cancellationToken) is { } ev && await CanManageAsync(user, ev.EventId, cancellationToken) ? ev : null;
}
