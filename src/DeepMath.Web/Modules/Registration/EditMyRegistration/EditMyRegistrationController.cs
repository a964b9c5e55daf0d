using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.MyRegistration;
using DeepMath.Web.Modules.Registration.RegisterForEvent;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.EditMyRegistration;

/// <summary>Attendees correct their own registration (badge name, affiliation, needs, list consent) until the registration deadline.</summary>
[Authorize]
[Route("events/{slug}/registration/edit")]
public sealed class EditMyRegistrationController(EventCalendar events, EditMyRegistrationHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev
            || await handler.FindAsync(ev, User.UserId(), cancellationToken) is not { } registration)
        {
            return NotFound();
        }
        return View("EditMyRegistration", new EditMyRegistrationPage(ev, RegistrationForm.From(registration), handler.Refusal(ev)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, RegistrationForm form, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        // The ticket type is not changed here: that is cancelling and registering again, under the caps.
        ModelState.Remove(nameof(RegistrationForm.TicketTypeId));
        if (ModelState.IsValid)
        {
            var result = await handler.SaveAsync(ev, User.UserId(), form, cancellationToken);
            if (result.Status == Infrastructure.Results.ResultStatus.NotFound)
            {
                return NotFound();
            }
            if (result.Succeeded)
            {
                TempData["Status"] = "Your registration details are saved.";
                return RedirectToAction(nameof(MyRegistrationController.Index), "MyRegistration", new { slug });
            }
            result.AddTo(ModelState);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("EditMyRegistration", new EditMyRegistrationPage(ev, form, handler.Refusal(ev)));
    }
}
