using DeepMath.Web.Modules.Accounts.Contracts;
using System.Security.Claims;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Authorization;

/// <summary>Who may manage an event: its organizers and site admins.</summary>
public sealed class EventAccess(DeepMathDbContext db)
{
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
