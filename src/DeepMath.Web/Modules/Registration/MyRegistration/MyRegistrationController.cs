using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Documents;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.Seating;
using DeepMath.Web.Modules.Registration.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.MyRegistration;

/// <summary>The attendee's own registration: its state or waiting-list place, the ticket and invitation letter, and cancelling until the deadline.</summary>
[Authorize]
[Route("events/{slug}/registration")]
public sealed class MyRegistrationController(EventCalendar events, DeepMathDbContext db, EventSeats seats, CancelRegistrationHandler cancel, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var registration = await MineAsync(ev, cancellationToken);
        var now = clock.GetUtcNow();
        var windowOpen = ev.RegistrationWindow?.IsOpenAt(now) == true;
        if (registration is null)
        {
            return View("MyRegistration", new MyRegistrationPage(ev, null, null, null, null, false, windowOpen));
        }
        var type = await db.TicketTypes.AsNoTracking().Where(t => t.Id == registration.TicketTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        var currency = await db.RegistrationSettings.AsNoTracking().Where(s => s.EventId == ev.EventId).Select(s => s.Currency).SingleAsync(cancellationToken);
        int? place = registration is { State: RegistrationState.Waitlisted, WaitNumber: { } number }
            ? await seats.PlaceAsync(ev.EventId, number, cancellationToken)
            : null;
        return View("MyRegistration", new MyRegistrationPage(ev, registration, type, TicketIssuer.PaymentText(registration, currency), place, windowOpen, windowOpen));
    }

    [HttpGet("ticket.pdf")]
    public async Task<IActionResult> Ticket(string slug, CancellationToken cancellationToken)
    {
        var document = await ConfirmedDocumentAsync(slug, cancellationToken);
        return document is null ? NotFound() : File(TicketPdf.Render(document.Value.Ticket), "application/pdf", $"{slug}-ticket.pdf");
    }

    [HttpGet("letter.pdf")]
    public async Task<IActionResult> Letter(string slug, CancellationToken cancellationToken)
    {
        var document = await ConfirmedDocumentAsync(slug, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        var (ticket, ev, note) = document.Value;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ev.Zone).DateTime);
        return File(InvitationLetterPdf.Render(ticket, today, note), "application/pdf", "invitation-letter.pdf");
    }

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel(string slug, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (await MineAsync(ev, cancellationToken) is not { } registration)
        {
            TempData["Error"] = "You have no registration to cancel.";
            return Redirect($"/events/{slug}/registration");
        }
        if (ev.RegistrationWindow is not { } window || !window.IsOpenAt(clock.GetUtcNow()))
        {
            TempData["Error"] = "Registration has closed, so it can no longer be cancelled here. Write to the organizers; they can still cancel it.";
            return Redirect($"/events/{slug}/registration");
        }
        await cancel.HandleAsync(ev, registration.Id, byOrganizer: false, cancellationToken);
        TempData["Status"] = "Your registration is cancelled.";
        return Redirect($"/events/{slug}/registration");
    }

    private Task<Domain.Registration?> MineAsync(EventInfo ev, CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        return db.Registrations.AsNoTracking()
            .Where(r => r.EventId == ev.EventId && r.UserId == userId && r.State != RegistrationState.Cancelled)
            .SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<(TicketDocument Ticket, EventInfo Event, string? Note)?> ConfirmedDocumentAsync(string slug, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev
            || await MineAsync(ev, cancellationToken) is not { State: RegistrationState.Confirmed } registration)
        {
            return null;
        }
        var settings = await db.RegistrationSettings.AsNoTracking().SingleAsync(s => s.EventId == ev.EventId, cancellationToken);
        var type = await db.TicketTypes.AsNoTracking().Where(t => t.Id == registration.TicketTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        return (TicketIssuer.Document(ev, registration, type, settings), ev, settings.LetterNote);
    }
}
