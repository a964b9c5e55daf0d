using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Authorization;

/// <summary>Who may manage a series and add talks to it: its organizers and site admins. Who may keep speaker profiles: anyone who organizes something.</summary>
public sealed class SeriesAccess(IEventsData db)
{
    /// <summary>The series at <paramref name="slug"/> if <paramref name="user"/> may manage it; null otherwise (answer 404).</summary>
    public async Task<Series?> FindManagedAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken, bool track = false)
    {
        var all = track ? db.Series : db.Series.AsNoTracking();
        var series = await all.SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        return series is not null && await CanManageAsync(user, series.Id, cancellationToken) ? series : null;
    }

    public async Task<bool> CanManageAsync(ClaimsPrincipal user, Guid seriesId, CancellationToken cancellationToken = default)
    {
        if (user.IsSiteAdmin())
        {
            return true;
        }
        var userId = user.UserId();
        return userId is not null && await db.SeriesOrganizers.AnyAsync(o => o.SeriesId == seriesId && o.UserId == userId, cancellationToken);
    }

    /// <summary>Speaker profiles are kept by organizers of any event or series, and site admins.</summary>
    public async Task<bool> IsAnyOrganizerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.IsSiteAdmin())
        {
            return true;
        }
        var userId = user.UserId();
        return userId is not null
            && (await db.EventOrganizers.AnyAsync(o => o.UserId == userId, cancellationToken)
                || await db.SeriesOrganizers.AnyAsync(o => o.UserId == userId, cancellationToken));
    }
}
