using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Home;

public sealed record EventSummary(string Slug, string Title, string? Venue, DateOnly StartsOn, DateOnly EndsOn, string TimeZoneId);

/// <summary>A talk or meeting still to come (or under way), with its time in its own zone.</summary>
public sealed record UpcomingItem(string Slug, string Title, EventKind Kind, string When, string? Where, string? Speaker, string? SeriesName, DateTimeOffset StartsAt);

/// <summary>A call open now, with its deadline in the zone it is kept in.</summary>
public sealed record OpenCall(string EventSlug, string EventTitle, Guid CallId, string CallTitle, DateOnly ClosesOn, string ZoneName, string State);

public sealed record SeriesLink(string Slug, string Name, string? Host);

public sealed record HomePage(IReadOnlyList<UpcomingItem> Upcoming, IReadOnlyList<EventSummary> Past, IReadOnlyList<OpenCall> OpenCalls, IReadOnlyList<SeriesLink> Series);

/// <summary>What is coming across all events: calls open now, upcoming talks and meetings; then the series and past events.</summary>
public sealed class HomeQuery(IEventsData db, TimeProvider clock)
{
    public async Task<HomePage> LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Dates are whole days in some zone: a day of slack each side, then the exact instants below.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var events = await (from e in db.Events.AsNoTracking()
                            join sp in db.Speakers on e.SpeakerId equals sp.Id into speakers
                            from sp in speakers.DefaultIfEmpty()
                            join se in db.Series on e.SeriesId equals se.Id into series
                            from se in series.DefaultIfEmpty()
                            select new { Event = e, Speaker = sp == null ? null : sp.Name, Affiliation = sp == null ? null : sp.Affiliation, SeriesName = se == null ? null : se.Name })
            .ToListAsync(cancellationToken);
        var upcoming = events.Where(r => r.Event.EndsOn >= today.AddDays(-1) && r.Event.EndsAt > now)
            .Select(r => new UpcomingItem(r.Event.Slug, r.Event.Title, r.Event.Kind, EventTimes.Text(r.Event),
                string.Join(" · ", new[] { r.Event.Room, r.Event.HostInstitution, r.Event.Venue }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } where ? where : null,
                r.Speaker is null ? null : r.Affiliation is null ? r.Speaker : $"{r.Speaker} ({r.Affiliation})", r.SeriesName, r.Event.StartsAt))
            .OrderBy(i => i.StartsAt).ToList();
        var past = events.Where(r => r.Event.EndsAt <= now).Select(r => r.Event).OrderByDescending(e => e.StartsOn)
            .Select(e => new EventSummary(e.Slug, e.Title, e.Venue, e.StartsOn, e.EndsOn, e.TimeZoneId)).ToList();
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.OpensOn <= today.AddDays(1) && c.ClosesOn >= today.AddDays(-1))
            .Join(db.Events.AsNoTracking(), c => c.EventId, e => e.Id, (c, e) => new { Call = c, Event = e })
            .ToListAsync(cancellationToken);
        var open = calls.Select(r => (r.Call, r.Event, Window: r.Call.Window(r.Event.TimeZone)))
            .Where(r => r.Window.OpensAt <= now && now < r.Window.ClosesAt)
            .OrderBy(r => r.Window.ClosesAt)
            .Select(r => new OpenCall(r.Event.Slug, r.Event.Title, r.Call.Id, r.Call.Title, r.Call.ClosesOn, TimeZones.DisplayName(r.Window.Zone),
                ImportantDates.WindowEnd(r.Window.OpensAt, r.Window.ClosesAt, now)))
            .ToList();
        var seriesLinks = await db.Series.AsNoTracking().OrderBy(s => s.Name).Select(s => new SeriesLink(s.Slug, s.Name, s.Host)).ToListAsync(cancellationToken);
        return new HomePage(upcoming, past, open, seriesLinks);
    }
}
