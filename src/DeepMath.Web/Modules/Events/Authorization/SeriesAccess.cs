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
    public async Task<Series?> FindManagedAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken, bool track = false) =>
        await (track ? db.Series : db.Series.AsNoTracking()).SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken) is { } series
        && await CanManageAsync(user, series.Id, cancellationToken) ? series : null;

    public Task<bool> CanManageAsync(ClaimsPrincipal user, Guid seriesId, CancellationToken cancellationToken = default) =>
        user.ManagesAsync(db.SeriesOrganizers.Where(o => o.SeriesId == seriesId).Select(o => o.UserId), cancellationToken);

    /// <summary>Speaker profiles are kept by organizers of any event or series, and site admins.</summary>
    public Task<bool> IsAnyOrganizerAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        user.ManagesAsync(db.EventOrganizers.Select(o => o.UserId).Concat(db.SeriesOrganizers.Select(o => o.UserId)), cancellationToken);
}
