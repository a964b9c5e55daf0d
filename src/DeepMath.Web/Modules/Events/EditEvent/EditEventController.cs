using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.EditEvent;

[Authorize]
[Route("events/{slug}/edit")]
public sealed class EditEventController(DeepMathDbContext db, EventAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var ev = await access.FindManagedAsync(User, slug, cancellationToken);
        return ev is null ? NotFound() : View("EditEvent", new EditEventPage(ev.Slug, EventForm.EventForm.From(ev)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, EventForm.EventForm form, CancellationToken cancellationToken)
    {
        var ev = await access.FindManagedAsync(User, slug, cancellationToken, track: true);
        if (ev is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View("EditEvent", new EditEventPage(ev.Slug, form));
        }
        form.ApplyTo(ev);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = "The event is saved.";
        return Redirect($"/events/{slug}");
    }
}

public sealed record EditEventPage(string Slug, EventForm.EventForm Form);
