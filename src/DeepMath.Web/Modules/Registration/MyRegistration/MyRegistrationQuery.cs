using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Documents;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Tickets;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.MyRegistration;

/// <summary>A confirmed registration's ticket, with the event and the organizers' settings that its letter needs.</summary>
public sealed record ConfirmedDocument(TicketDocument Ticket, EventInfo Event, RegistrationSettings Settings);

/// <summary>The attendee's own registration: its state or waiting-list place, and the ticket and letter of a confirmed one.</summary>
public sealed class MyRegistrationQuery(EventCalendar events, IRegistrationData db, EventSeats seats, TimeProvider clock)
{
    public async Task<MyRegistrationPage?> PageAsync(string slug, string? userId, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return null;
        }
        var registration = await MineAsync(ev, userId, cancellationToken);
        var windowOpen = ev.RegistrationWindow?.IsOpenAt(clock.GetUtcNow()) == true;
        if (registration is null)
        {
            return new MyRegistrationPage(ev, null, null, null, null, false, windowOpen);
        }
        var type = await db.TicketTypes.AsNoTracking().Where(t => t.Id == registration.TicketTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        var settings = await db.RegistrationSettings.AsNoTracking().Where(s => s.EventId == ev.EventId)
            .Select(s => new { s.Currency, s.PaymentInstructions }).SingleAsync(cancellationToken);
        int? place = registration is { State: RegistrationState.Waitlisted, WaitNumber: { } number }
            ? await seats.PlaceAsync(ev.EventId, number, cancellationToken)
            : null;
        return new MyRegistrationPage(ev, registration, type, TicketIssuer.PaymentText(registration, settings.Currency), place, windowOpen, windowOpen,
            settings.PaymentInstructions);
    }

    /// <summary>The ticket of the attendee's confirmed registration, with the event and the organizers' note for the letter; null otherwise.</summary>
    public async Task<ConfirmedDocument?> ConfirmedDocumentAsync(string slug, string? userId, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev
            || await MineAsync(ev, userId, cancellationToken) is not { State: RegistrationState.Confirmed } registration)
        {
            return null;
        }
        var settings = await db.RegistrationSettings.AsNoTracking().SingleAsync(s => s.EventId == ev.EventId, cancellationToken);
        var type = await db.TicketTypes.AsNoTracking().Where(t => t.Id == registration.TicketTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        return new ConfirmedDocument(TicketIssuer.Document(ev, registration, type, settings), ev, settings);
    }

    private Task<EventRegistration?> MineAsync(EventInfo ev, string? userId, CancellationToken cancellationToken) =>
        db.Registrations.AsNoTracking()
            .Where(r => r.EventId == ev.EventId && r.UserId == userId && r.State != RegistrationState.Cancelled)
            .SingleOrDefaultAsync(cancellationToken);
}
