using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.CancelRegistration;
using DeepMath.Web.Modules.Registration.Payments;
using DeepMath.Web.Modules.Registration.RegisterForEvent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.EditRegistration;

/// <summary>Organizers correct a registration, cancel it (at any time), mark it paid or undo that.</summary>
[Authorize]
[Route("events/{slug}/registrations/{id:guid}")]
public sealed class EditRegistrationController(
    EventManagers access, EditRegistrationQuery query, SaveRegistrationHandler save, CancelRegistrationHandler cancel, PaymentLedger payments) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, Guid id, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(User, slug, cancellationToken) is { } ev && await query.PageAsync(ev, id, null, cancellationToken) is { } page
            ? View("EditRegistration", page)
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, Guid id, RegistrationForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        // The ticket type is not edited here (see SaveRegistrationHandler).
        ModelState.Remove(nameof(RegistrationForm.TicketTypeId));
        if (!ModelState.IsValid)
        {
            if (await query.PageAsync(ev, id, form, cancellationToken) is not { } page)
            {
                return NotFound();
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("EditRegistration", page);
        }
        var result = await save.HandleAsync(ev.EventId, id, form, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        TempData["Status"] = $"Registration {result.Value} is saved.";
        return RedirectToAction(nameof(Index), new { slug, id });
    }

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel(string slug, Guid id, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (!confirmed && await query.PageAsync(ev, id, null, cancellationToken) is { } page)
        {
            return this.ConfirmFirstView($"Cancel the registration of {page.Registration.BadgeName}?", "Cancel this registration",
                Url.Action(nameof(Index), new { slug, id })!, CancelConsequences.Of(page.Registration, byOrganizer: true));
        }
        var result = await cancel.CancelByOrganizerAsync(ev, id, cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? "The registration is cancelled; its seat goes to the waiting list." : string.Join(" ", result.Messages);
        return RedirectToAction(nameof(Index), new { slug, id });
    }

    [HttpPost("paid")]
    public async Task<IActionResult> Paid(string slug, Guid id, string? reference, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var result = await payments.RecordPaidAsync(ev.EventId, id, reference ?? string.Empty, Actor(), cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? "The registration is marked paid." : string.Join(" ", result.Messages);
        return RedirectToAction(nameof(Index), new { slug, id });
    }

    [HttpPost("unpaid")]
    public async Task<IActionResult> UndoPaid(string slug, Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var result = await payments.UndoPaidAsync(ev.EventId, id, Actor(), cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? "\"Paid\" is undone: the payment is due again." : string.Join(" ", result.Messages);
        return RedirectToAction(nameof(Index), new { slug, id });
    }

    private PaymentActor Actor() => new(User.UserId()!, User.DisplayName());
}
