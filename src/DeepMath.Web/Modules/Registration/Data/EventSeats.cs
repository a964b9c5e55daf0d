using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Data;

/// <summary>
/// Every change of seats takes the event's settings row with SELECT ... FOR UPDATE inside its
/// transaction. Concurrent requests for one event queue on that row, so the counts each reads are
/// the counts at its commit: no check-then-insert race, whatever the number of servers.
/// </summary>
public sealed class EventSeats(IRegistrationData db)
{
    /// <summary>Locks the event's registration row until the transaction ends and returns it, tracked; null when registration is not set up.</summary>
    public Task<RegistrationSettings?> LockAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.RegistrationSettings
            .FromSql($"""SELECT * FROM registration.registration_settings WHERE event_id = {eventId} FOR UPDATE""")
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Reads the seat map; call it after <see cref="LockAsync"/> in the same transaction.</summary>
    public async Task<SeatMap> MapAsync(RegistrationSettings settings, CancellationToken cancellationToken)
    {
        var caps = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == settings.EventId)
            .ToDictionaryAsync(t => t.Id, t => t.Cap, cancellationToken);
        var confirmed = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == settings.EventId && r.State == RegistrationState.Confirmed && !r.IsPresenter)
            .GroupBy(r => r.TicketTypeId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var waiting = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == settings.EventId && r.State == RegistrationState.Waitlisted)
            .Select(r => r.TicketTypeId).Distinct()
            .ToListAsync(cancellationToken);
        return new SeatMap(settings.Capacity, caps, confirmed, waiting.ToHashSet());
    }

    /// <summary>The place of a waiting registration: 1 for the first in line.</summary>
    public Task<int> PlaceAsync(Guid eventId, long waitNumber, CancellationToken cancellationToken) =>
        db.Registrations.CountAsync(r => r.EventId == eventId && r.State == RegistrationState.Waitlisted && r.WaitNumber <= waitNumber, cancellationToken);
}
