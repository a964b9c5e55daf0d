using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>An event as a list shows it.</summary>
public sealed record EventListing(Guid EventId, string Slug, string Title, string? Venue, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>A call as a list of open calls shows it, with its event.</summary>
public sealed record CallListing(Guid CallId, string CallTitle, string EventSlug, string EventTitle, DateOnly OpensOn, DateOnly ClosesOn);

/// <summary>Events and calls many at a time, for modules that list them (an organisation's page).</summary>
public sealed class EventLookup(IEventsData db)
{
    public async Task<IReadOnlyList<EventListing>> ManyAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken = default) =>
        await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).OrderBy(e => e.StartsOn)
            .Select(e => new EventListing(e.Id, e.Slug, e.Title, e.Venue, e.StartsOn, e.EndsOn))
            .ToListAsync(cancellationToken);

    /// <summary>The ids of the events at <paramref name="slugs"/>, by slug; slugs without an event are missing.</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> IdsBySlugAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken = default) =>
        await db.Events.AsNoTracking().Where(e => slugs.Contains(e.Slug)).ToDictionaryAsync(e => e.Slug, e => e.Id, cancellationToken);

    public async Task<IReadOnlyList<CallListing>> CallsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken = default) =>
        await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id))
            .Join(db.Events, c => c.EventId, e => e.Id, (c, e) => new { Call = c, Event = e })
            .OrderByDescending(x => x.Call.ClosesOn)
            .Select(x => new CallListing(x.Call.Id, x.Call.Title, x.Event.Slug, x.Event.Title, x.Call.OpensOn, x.Call.ClosesOn))
            .ToListAsync(cancellationToken);

    /// <summary>The zone of each call's event, by call id, for pages that show instants of several calls.</summary>
    public async Task<IReadOnlyDictionary<Guid, TimeZoneInfo>> ZonesOfCallsAsync(IReadOnlyCollection<Guid> callIds, CancellationToken cancellationToken = default) =>
        (await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id))
            .Join(db.Events, c => c.EventId, e => e.Id, (c, e) => new { CallId = c.Id, e.TimeZoneId })
            .ToListAsync(cancellationToken))
        .ToDictionary(x => x.CallId, x => TimeZones.Find(x.TimeZoneId));
}
