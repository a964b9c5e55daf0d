using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.EventPage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.EditEvent;

[Authorize]
[Route("events/{slug}/edit")]
public sealed class EditEventController(SaveEventHandler handler, EventAccess access, EventFields.EventFormChoicesQuery choices) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var ev = await access.FindManagedAsync(User, slug, cancellationToken);
        if (ev is null)
        {
            return NotFound();
        }
        var form = EventFields.EventForm.From(ev);
        form.Choices = await choices.LoadAsync(User, ev.Id, cancellationToken);
        return View("EditEvent", new EditEventPage(ev.Slug, form));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, EventFields.EventForm form, CancellationToken cancellationToken)
    {
        var ev = await access.FindManagedAsync(User, slug, cancellationToken);
        if (ev is null)
        {
            return NotFound();
        }
        form.Choices = await choices.LoadAsync(User, ev.Id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("EditEvent", new EditEventPage(ev.Slug, form));
        }
        var result = await handler.HandleAsync(User, slug, form, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View("EditEvent", new EditEventPage(ev.Slug, form));
        }
        TempData["Status"] = "The event is saved.";
        return RedirectToAction(nameof(EventPageController.Index), "EventPage", new { slug });
    }
}

public sealed record EditEventPage(string Slug, EventFields.EventForm Form);
