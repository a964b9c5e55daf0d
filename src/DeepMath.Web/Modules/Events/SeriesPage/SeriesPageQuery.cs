using System.Security.Claims;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.SeriesPage;

public sealed record SeriesPageModel(Series Series, IReadOnlyList<SeriesTalk> Upcoming, IReadOnlyList<SeriesTalk> Past, bool CanManage);

/// <summary>A series' public page: upcoming talks soonest first, past talks latest first.</summary>
public sealed class SeriesPageQuery(IEventsData db, SeriesTalks talks, SeriesAccess access, TimeProvider clock)
{
    public async Task<Series?> FindSeriesAsync(string slug, CancellationToken cancellationToken) =>
        await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);

    public async Task<SeriesPageModel?> FindAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        var series = await FindSeriesAsync(slug, cancellationToken);
        if (series is null)
        {
            return null;
        }
        var all = await talks.LoadAsync(series.Id, cancellationToken);
        var now = clock.GetUtcNow();
        return new SeriesPageModel(series,
            all.Where(t => t.Event.EndsAt > now).ToList(),
            all.Where(t => t.Event.EndsAt <= now).Reverse().ToList(),
            await access.CanManageAsync(user, series.Id, cancellationToken));
    }
}
