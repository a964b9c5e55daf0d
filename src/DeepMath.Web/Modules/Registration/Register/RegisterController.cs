using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Register;

/// <summary>Any signed-in account registers for an event while its registration window is open.</summary>
[Authorize]
[Route("events/{slug}/register")]
public sealed class RegisterController(EventCalendar events, EventSlugs slugs, TicketOptionsQuery options, RegisterHandler handler, DeepMathDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, string? code, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var userId = User.UserId()!;
        if (await db.Registrations.AnyAsync(r => r.EventId == ev.EventId && r.UserId == userId && r.State != RegistrationState.Cancelled, cancellationToken))
        {
            return Redirect($"/events/{slug}/registration");
        }
        return await PageAsync(ev, new RegisterForm { BadgeName = User.DisplayName(), Code = code }, cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, RegisterForm form, CancellationToken cancellationToken)
    {
        if (await slugs.IdAsync(slug, events, cancellationToken) is not { } eventId)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await handler.HandleAsync(eventId, User.UserId()!, form, cancellationToken);
            if (ReferenceEquals(outcome, RegisterOutcome.NoSuchEvent))
            {
                slugs.Forget(slug);
                if (await slugs.IdAsync(slug, events, cancellationToken) is not { } current || current == eventId)
                {
                    return NotFound();
                }
                outcome = await handler.HandleAsync(current, User.UserId()!, form, cancellationToken);
            }
            if (outcome.Registration is { } registration)
            {
                TempData["Status"] = registration.State == RegistrationState.Confirmed
                    ? "You are registered. Your ticket is on its way by e-mail, and you can download it below."
                    : "The event is full for this ticket type: you are on the waiting list. We e-mail you as soon as a seat is yours.";
                return Redirect($"/events/{slug}/registration");
            }
            ModelState.AddModelError(outcome.Field ?? string.Empty, outcome.Error!);
            Response.StatusCode = outcome.Field is null ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        }
        // Only a refused form reads the event here: an accepted one never waits for a connection of its own.
        return await events.FindBySlugAsync(slug, cancellationToken) is { } ev ? await PageAsync(ev, form, cancellationToken) : NotFound();
    }

    private async Task<IActionResult> PageAsync(EventInfo ev, RegisterForm form, CancellationToken cancellationToken)
    {
        var (types, full) = await options.LoadAsync(ev.EventId, cancellationToken);
        var closed = RegisterHandler.WindowRefusal(ev, clock.GetUtcNow())
            ?? (types.Count == 0 ? "Registration for this event is not set up yet: no ticket types are offered." : null);
        return View("Register", new RegisterPage(ev, closed, types, full, form));
    }
}
