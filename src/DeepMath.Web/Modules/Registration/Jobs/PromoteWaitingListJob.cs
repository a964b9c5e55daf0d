using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Tickets;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Jobs;

/// <summary>
/// Gives free seats to the waiting list, first come first served among those whose ticket type has
/// a seat. It runs under the event's lock and moves each registration from waiting to confirmed in
/// the transaction that queues its e-mail, so two runs at once promote each person exactly once.
/// Asked for after every cancellation, removal or capacity change, and swept every minute in case
/// such a request was lost.
/// </summary>
[AutomaticRetry(Attempts = 5)]
public sealed class PromoteWaitingListJob(IRegistrationData db, EventSeats seats, EventQueue queue, EventCalendar events, TicketIssuer tickets, TimeProvider clock)
{
    public const string RecurringId = "registration-waiting-list";

    /// <returns>The registrations promoted by this run, in order.</returns>
    public async Task<IReadOnlyList<Guid>> RunAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var ev = await events.FindAsync(eventId, cancellationToken);
        var now = clock.GetUtcNow();
        // Once the event has begun a seat is no use to someone who is not there: the list stays as it is.
        if (ev is null || now >= ev.StartsAt)
        {
            return [];
        }
        using var turn = await queue.EnterAsync(eventId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var settings = await seats.LockAsync(eventId, cancellationToken);
            if (settings is null)
            {
                return [];
            }
            var map = await seats.MapAsync(settings, cancellationToken);
            if (map.FreeSeats == 0)
            {
                return [];
            }
            var typeNames = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            var waiting = await db.Registrations
                .Where(r => r.EventId == eventId && r.State == RegistrationState.Waitlisted)
                .OrderBy(r => r.WaitNumber)
                .ToListAsync(cancellationToken);
            var promoted = new List<Guid>();
            foreach (var registration in waiting)
            {
                if (map.FreeSeats == 0)
                {
                    break;
                }
                if (!map.HasSeatFor(registration.TicketTypeId))
                {
                    continue;
                }
                map.Take(registration.TicketTypeId);
                registration.Confirm(now);
                await tickets.QueueConfirmedAsync(ev, registration, typeNames[registration.TicketTypeId], settings, promoted: true, cancellationToken);
                promoted.Add(registration.Id);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return promoted;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Every minute: promotes wherever someone waits while a seat is free.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var eventIds = await db.Registrations.AsNoTracking()
            .Where(r => r.State == RegistrationState.Waitlisted)
            .Select(r => r.EventId).Distinct()
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var eventId in eventIds)
        {
            count += (await RunAsync(eventId, cancellationToken)).Count;
        }
        return count;
    }
}
