using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.Settings;

/// <summary>Organizers set the registration window, capacity, currency and ticket types.</summary>
[Authorize]
[Route("events/{slug}/registration/settings")]
public sealed class RegistrationSettingsController(EventManagers access, SettingsQuery query, SaveSettingsHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        return View("RegistrationSettings", await query.PageAsync(ev, await query.FormAsync(ev, cancellationToken), new TicketTypeForm(), cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, SettingsForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            (await handler.SaveAsync(ev, form, cancellationToken)).AddTo(ModelState);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("RegistrationSettings", await query.PageAsync(ev, form, new TicketTypeForm(), cancellationToken));
        }
        TempData["Status"] = "The registration settings are saved.";
        return RedirectToAction(nameof(Index), new { slug });
    }

    [HttpPost("types")]
    public Task<IActionResult> AddType(string slug, [Bind(Prefix = "NewType")] TicketTypeForm form, CancellationToken cancellationToken) =>
        SaveTypeAsync(slug, null, form, cancellationToken);

    [HttpPost("types/{id:guid}")]
    public Task<IActionResult> EditType(string slug, Guid id, TicketTypeForm form, CancellationToken cancellationToken) =>
        SaveTypeAsync(slug, id, form, cancellationToken);

    private async Task<IActionResult> SaveTypeAsync(string slug, Guid? id, TicketTypeForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var error = ModelState.IsValid
            ? (await handler.SaveTypeAsync(ev, id, form, cancellationToken)) is { Succeeded: false } refused ? string.Join(" ", refused.Messages) : null
            : string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        TempData[error is null ? "Status" : "Error"] = error is null ? $"The ticket type \"{form.Name.Trim()}\" is saved." : $"The ticket type is not saved: {error}";
        return RedirectToAction(nameof(Index), new { slug });
    }
}
