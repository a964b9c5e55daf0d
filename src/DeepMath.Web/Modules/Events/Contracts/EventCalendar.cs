using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>
/// What other modules may know about an event: its names, days, zone and registration dates
/// (whole days in <see cref="Zone"/>; null when the organizers have not set them).
/// </summary>
public sealed record EventInfo(Guid EventId, string Slug, string Title, string? Venue, DateOnly StartsOn, DateOnly EndsOn,
    TimeZoneInfo Zone, DateOnly? RegistrationOpensOn, DateOnly? RegistrationClosesOn, string? CountryCode = null)
{
    /// <summary>When registration is accepted, to the millisecond; null without registration dates.</summary>
    public CallWindow? RegistrationWindow =>
        RegistrationOpensOn is { } opens && RegistrationClosesOn is { } closes ? CallWindow.For(opens, closes, Zone) : null;

    /// <summary>The first instant of the event's first day.</summary>
    public DateTimeOffset StartsAt => WholeDays.StartOf(StartsOn, Zone);
}

/// <summary>The Events module's public face for an event's calendar. The registration dates stay on the event, so its "Important dates" never disagree with registration.</summary>
public sealed class EventCalendar(IEventsData db)
{
    public Task<EventInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        FindAsync(db.Events.AsNoTracking().Where(e => e.Slug == slug), cancellationToken);

    public Task<EventInfo?> FindAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        FindAsync(db.Events.AsNoTracking().Where(e => e.Id == eventId), cancellationToken);

    /// <summary>Sets the registration dates of an event (both or neither); the caller has checked the user may manage it.</summary>
    public async Task SetRegistrationDatesAsync(Guid eventId, DateOnly? opensOn, DateOnly? closesOn, CancellationToken cancellationToken = default)
    {
        await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(set => set
            .SetProperty(e => e.RegistrationOpensOn, opensOn)
            .SetProperty(e => e.RegistrationClosesOn, closesOn), cancellationToken);
    }

    private static async Task<EventInfo?> FindAsync(IQueryable<Event> events, CancellationToken cancellationToken)
    {
        var ev = await events.SingleOrDefaultAsync(cancellationToken);
        return ev is null
            ? null
            : new EventInfo(ev.Id, ev.Slug, ev.Title, ev.Venue, ev.StartsOn, ev.EndsOn, ev.TimeZone, ev.RegistrationOpensOn, ev.RegistrationClosesOn, ev.CountryCode);
    }
}
