using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;
using DeepMath.Web.Modules.Registration.MyRegistration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

/// <summary>Any signed-in account registers for an event while its registration window is open.</summary>
[Authorize]
[Route("events/{slug}/register")]
public sealed class RegisterForEventController(EventCalendar events, EventSlugs slugs, TicketOptionsQuery options, RegisterForEventHandler handler,
    TimeProvider clock) : Controller
{
    private const string Unconfirmed = "Confirm your e-mail address before registering: open the link we sent when you created your account, or ask for a new one on your account page. Your ticket goes to that address.";

    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, string? code, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (await options.IsRegisteredAsync(ev.EventId, User.UserId()!, cancellationToken))
        {
            return RedirectToAction(nameof(MyRegistrationController.Index), "MyRegistration", new { slug });
        }
        return await PageAsync(ev, new RegistrationForm { BadgeName = User.DisplayName(), Code = code }, cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, RegistrationForm form, CancellationToken cancellationToken)
    {
        if (await slugs.IdAsync(slug, events, cancellationToken) is not { } eventId)
        {
            return NotFound();
        }
        // Like submitting, registering needs a confirmed address: the ticket and every change are sent to it.
        var confirmed = User.HasConfirmedEmail();
        if (!confirmed)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        if (confirmed && ModelState.IsValid)
        {
            var result = await handler.HandleAsync(eventId, User.UserId()!, form, cancellationToken);
            if (result.Status == ResultStatus.NotFound)
            {
                // A remembered slug that no longer names the event: look it up again, once.
                slugs.Forget(slug);
                if (await slugs.IdAsync(slug, events, cancellationToken) is not { } current || current == eventId)
                {
                    return NotFound();
                }
                result = await handler.HandleAsync(current, User.UserId()!, form, cancellationToken);
            }
            if (result.Succeeded)
            {
                TempData["Status"] = result.Value.State == RegistrationState.Confirmed
                    ? "You are registered. Your ticket is on its way by e-mail, and you can download it below."
                    : "The event is full for this ticket type: you are on the waiting list. We e-mail you as soon as a seat is yours.";
                return RedirectToAction(nameof(MyRegistrationController.Index), "MyRegistration", new { slug });
            }
            result.AddTo(ModelState);
            // A refusal about the form's fields is a bad request; one about the event's state (closed, already registered) a conflict.
            Response.StatusCode = result.Errors.ContainsKey(string.Empty) ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        }
        // Only a refused form reads the event here: an accepted one never waits for a connection of its own.
        return await events.FindBySlugAsync(slug, cancellationToken) is { } ev ? await PageAsync(ev, form, cancellationToken) : NotFound();
    }

    private async Task<IActionResult> PageAsync(EventInfo ev, RegistrationForm form, CancellationToken cancellationToken)
    {
        var (types, full) = await options.LoadAsync(ev.EventId, cancellationToken);
        var closed = RegisterForEventHandler.WindowRefusal(ev, clock.GetUtcNow())
            ?? (types.Count == 0 ? "Registration for this event is not set up yet: no ticket types are offered." : null)
            ?? (User.HasConfirmedEmail() ? null : Unconfirmed);
        return View("RegisterForEvent", new RegisterForEventPage(ev, closed, types, full, form));
    }
}
