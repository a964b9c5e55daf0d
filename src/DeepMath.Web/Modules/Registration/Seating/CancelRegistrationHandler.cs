using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Jobs;
using DeepMath.Web.Modules.Registration.Tickets;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Seating;

/// <summary>Cancels a registration (by its attendee or an organizer) under the event's lock, then asks for the freed seat to be given to the waiting list.</summary>
public sealed class CancelRegistrationHandler(DeepMathDbContext db, EventSeats seats, EventQueue queue, TicketIssuer tickets, PromotionRequests promotions, TimeProvider clock)
{
    /// <returns>false when there was nothing to cancel (already cancelled, or not found).</returns>
    public async Task<bool> HandleAsync(EventInfo ev, Guid registrationId, bool byOrganizer, CancellationToken cancellationToken)
    {
        bool freedSeat;
        using (await queue.EnterAsync(ev.EventId, cancellationToken))
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                await seats.LockAsync(ev.EventId, cancellationToken);
                var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.EventId == ev.EventId, cancellationToken);
                if (registration is null || registration.State == RegistrationState.Cancelled)
                {
                    return false;
                }
                freedSeat = registration.State == RegistrationState.Confirmed && !registration.IsPresenter;
                registration.Cancel(clock.GetUtcNow());
                await tickets.QueueCancelledAsync(ev, registration, byOrganizer, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        if (freedSeat)
        {
            promotions.Request(ev.EventId);
        }
        return true;
    }
}
