using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Payments;
using DeepMath.Web.Modules.Registration.Register;
using DeepMath.Web.Modules.Registration.Seating;
using DeepMath.Web.Modules.Registration.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.EditRegistration;

/// <summary>Organizers correct a registration, cancel it (at any time), or mark it paid.</summary>
[Authorize]
[Route("events/{slug}/registrations/{id:guid}")]
public sealed class EditRegistrationController(EventManagers access, DeepMathDbContext db, CancelRegistrationHandler cancel, PaymentLedger payments) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.EventId == ev.EventId, cancellationToken);
        return registration is null ? NotFound() : await PageAsync(ev, registration, RegisterForm.From(registration), cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, Guid id, RegisterForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == id && r.EventId == ev.EventId, cancellationToken);
        if (registration is null)
        {
            return NotFound();
        }
        // The ticket type is changed by cancelling and registering again, so that caps are never bypassed here.
        ModelState.Remove(nameof(RegisterForm.TicketTypeId));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(ev, registration, form, cancellationToken);
        }
        form.ApplyTo(registration);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = $"Registration {registration.Reference} is saved.";
        return Redirect($"/events/{slug}/registrations/{id}");
    }

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var done = await cancel.HandleAsync(ev, id, byOrganizer: true, cancellationToken);
        TempData[done ? "Status" : "Error"] = done ? "The registration is cancelled; its seat goes to the waiting list." : "This registration was already cancelled.";
        return Redirect($"/events/{slug}/registrations/{id}");
    }

    [HttpPost("paid")]
    public async Task<IActionResult> Paid(string slug, Guid id, string? reference, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var error = await payments.RecordPaidAsync(ev.EventId, id, reference ?? string.Empty, cancellationToken);
        TempData[error is null ? "Status" : "Error"] = error ?? "The registration is marked paid.";
        return Redirect($"/events/{slug}/registrations/{id}");
    }

    private async Task<IActionResult> PageAsync(EventInfo ev, Domain.Registration registration, RegisterForm form, CancellationToken cancellationToken)
    {
        var type = await db.TicketTypes.AsNoTracking().Where(t => t.Id == registration.TicketTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        var currency = await db.RegistrationSettings.AsNoTracking().Where(s => s.EventId == ev.EventId).Select(s => s.Currency).SingleAsync(cancellationToken);
        return View("EditRegistration", new EditRegistrationPage(ev, registration, type, TicketIssuer.PaymentText(registration, currency), form));
    }
}
