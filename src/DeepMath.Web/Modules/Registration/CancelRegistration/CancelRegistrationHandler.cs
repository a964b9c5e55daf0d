using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Jobs;
using DeepMath.Web.Modules.Registration.Tickets;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.CancelRegistration;

/// <summary>
/// Cancels a registration under the event's lock, then asks for the freed seat to be given to the waiting
/// list. Attendees may cancel their own until the registration deadline; organizers may cancel any, at any time.
/// </summary>
public sealed class CancelRegistrationHandler(IRegistrationData db, EventSeats seats, EventQueue queue, TicketIssuer tickets, PromotionRequests promotions, TimeProvider clock)
{
    /// <summary>The attendee's own live registration, while the registration window is open.</summary>
    public async Task<Result> CancelMineAsync(EventInfo ev, string? userId, CancellationToken cancellationToken)
    {
        var mine = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == ev.EventId && r.UserId == userId && r.State != RegistrationState.Cancelled)
            .Select(r => (Guid?)r.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (mine is not { } id)
        {
            return Result.Invalid("You have no registration to cancel.");
        }
        if (ev.RegistrationWindow is not { } window || !window.IsOpenAt(clock.GetUtcNow()))
        {
            return Result.Invalid("Registration has closed, so it can no longer be cancelled here. Write to the organizers; they can still cancel it.");
        }
        return await CancelAsync(ev, id, byOrganizer: false, cancellationToken)
            ? Result.Success()
            : Result.Invalid("You have no registration to cancel.");
    }

    /// <summary>Any registration of the event, by one of its organizers.</summary>
    public async Task<Result> CancelByOrganizerAsync(EventInfo ev, Guid registrationId, CancellationToken cancellationToken) =>
        await CancelAsync(ev, registrationId, byOrganizer: true, cancellationToken)
            ? Result.Success()
            : Result.Invalid("This registration was already cancelled.");

    /// <returns>false when there was nothing to cancel (already cancelled, or not found).</returns>
    private async Task<bool> CancelAsync(EventInfo ev, Guid registrationId, bool byOrganizer, CancellationToken cancellationToken)
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
