using System.Security.Claims;
using DeepMath.Web.Modules.Events.Contracts;

namespace DeepMath.Web.Modules.Decisions.Authorization;

/// <summary>Decisions of a call are the business of its event's organizers (and site admins) only.</summary>
public sealed class DecisionsAccess(CallSchedule calls, EventManagers managers)
{
    /// <summary>The call if <paramref name="user"/> may decide on it; null (answer 404) otherwise.</summary>
    public async Task<CallInfo?> ManagedCallAsync(ClaimsPrincipal user, Guid callId, CancellationToken cancellationToken) =>
        await calls.FindAsync(callId, cancellationToken) is { } call && await managers.CanManageAsync(user, call.EventId, cancellationToken) ? call : null;
}
