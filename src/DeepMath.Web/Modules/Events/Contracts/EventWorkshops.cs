using DeepMath.Web.Modules.Events.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Contracts;

/// <summary>A workshop that belongs to a conference, as the conference's program shows it: when it happens (instants) and where.</summary>
/// <param name="HasTimes">Whether it has times of day; without them it spans whole days of its own zone.</param>
public sealed record WorkshopListing(string Slug, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool HasTimes, string? Where);

/// <summary>The workshops of a conference, for other modules (the Program's public page).</summary>
public sealed class EventWorkshops(IEventsData db)
{
    public async Task<IReadOnlyList<WorkshopListing>> OfAsync(Guid conferenceId, CancellationToken cancellationToken = default)
    {
        var workshops = await db.Events.AsNoTracking().Where(e => e.ParentEventId == conferenceId)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.StartTime).ThenBy(e => e.Title).ToListAsync(cancellationToken);
        return workshops.Select(w => new WorkshopListing(w.Slug, w.Title, w.StartsAt, w.EndsAt, w.StartTime is not null, w.Room ?? w.Venue)).ToList();
    }
}
