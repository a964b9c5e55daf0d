using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeepMath.Web.Modules.Registration.Tickets;

/// <summary>
/// Sends the ticket to every confirmed registration of an event that has no confirmation e-mail yet. A burst
/// of registrations is seated under the event's lock without drawing tickets (tens of milliseconds of CPU each,
/// which would hold the lock and every request behind it); <see cref="TicketMailer"/> asks for this right after
/// the commit, and the minute's sweep does it for whatever a crash left behind. The e-mail's key is the
/// registration's, so however often this runs, each ticket goes out once.
/// </summary>
public sealed class PendingTickets(IRegistrationData db, IOutbox outbox, EventCalendar events, TicketIssuer tickets)
{
    private const int Chunk = 50;

    // A collision means another run queued some of the chunk, so what is pending shrinks each time; while the
    // burst's own ticket worker is drawing 300 tickets beside this run, many collisions in a row are normal.
    private const int MaxCollisions = 200;

    /// <summary>The events with a confirmed registration confirmed before <paramref name="confirmedBefore"/> and still without its e-mail.</summary>
    public Task<List<Guid>> EventsAsync(DateTimeOffset confirmedBefore, CancellationToken cancellationToken) =>
        Pending(confirmedBefore).Select(r => r.EventId).Distinct().ToListAsync(cancellationToken);

    /// <returns>How many confirmation e-mails were queued.</returns>
    public async Task<int> QueueAsync(Guid eventId, DateTimeOffset? confirmedBefore, CancellationToken cancellationToken)
    {
        if (await events.FindAsync(eventId, cancellationToken) is not { } ev)
        {
            return 0;
        }
        var queued = 0;
        var collisions = 0;
        while (true)
        {
            var chunk = await Pending(confirmedBefore).Where(r => r.EventId == eventId)
                .OrderBy(r => r.ConfirmedAt).ThenBy(r => r.Id).Take(Chunk).AsNoTracking().ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                return queued;
            }
            var settings = await db.RegistrationSettings.AsNoTracking().SingleAsync(s => s.EventId == eventId, cancellationToken);
            var names = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            tickets.QueueNewConfirmations(ev, [.. chunk.Select(r => (r, names[r.TicketTypeId]))], settings);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                queued += chunk.Count;
                collisions = 0;
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && ++collisions < MaxCollisions)
            {
                // Another run (the sweep, or another server) queued some of these meanwhile: read what is still missing.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private IQueryable<EventRegistration> Pending(DateTimeOffset? confirmedBefore) =>
        db.Registrations.Where(r => r.State == RegistrationState.Confirmed
            && (confirmedBefore == null || r.ConfirmedAt < confirmedBefore)
            && !outbox.Messages.Any(m => m.IdempotencyKey == "registration:" + r.Id.ToString() + ":confirmed"));
}
