using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EditEvent;

[Authorize]
[Route("events/{slug}/edit")]
public sealed class EditEventController(DeepMathDbContext db, EventAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null || !await access.CanManageAsync(User, ev.Id, cancellationToken))
        {
            return NotFound();
        }
        return View("EditEvent", new EditEventPage(ev.Slug, EventForm.EventForm.From(ev)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, EventForm.EventForm form, CancellationToken cancellationToken)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null || !await access.CanManageAsync(User, ev.Id, cancellationToken))
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
