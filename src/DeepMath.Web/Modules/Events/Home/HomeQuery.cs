using DeepMath.Web.Modules.Events.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Home;

public sealed record EventSummary(string Slug, string Title, string? Venue, DateOnly StartsOn, DateOnly EndsOn, string TimeZoneId);

public sealed record HomePage(IReadOnlyList<EventSummary> Upcoming, IReadOnlyList<EventSummary> Past);

public sealed class HomeQuery(IEventsData db, TimeProvider clock)
{
    public async Task<HomePage> LoadAsync(CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking()
            .OrderBy(e => e.StartsOn)
            .Select(e => new EventSummary(e.Slug, e.Title, e.Venue, e.StartsOn, e.EndsOn, e.TimeZoneId))
            .ToListAsync(cancellationToken);
        // An event is past once its last day is over in its own zone; a day of slack keeps this a date comparison.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var upcoming = events.Where(e => e.EndsOn >= today).ToList();
        var past = events.Where(e => e.EndsOn < today).OrderByDescending(e => e.StartsOn).ToList();
        return new HomePage(upcoming, past);
    }
}
