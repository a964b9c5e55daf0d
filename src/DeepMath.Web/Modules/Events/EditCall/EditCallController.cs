using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EditCall;

/// <summary>
/// Organizers add and edit calls. Changing a date needs no rescheduling: the lifecycle sweep reads
/// the dates each minute, and its step keys carry the date they were due for.
/// </summary>
[Authorize]
[Route("events/{slug}/calls")]
public sealed class EditCallController(DeepMathDbContext db, EventAccess access) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(string slug, CancellationToken cancellationToken)
    {
        var ev = await FindManagedAsync(slug, cancellationToken);
        return ev is null ? NotFound() : View("EditCall", new EditCallPage(ev.Slug, ev.Title, null, new CallForm()));
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(string slug, CallForm form, CancellationToken cancellationToken)
    {
        var ev = await FindManagedAsync(slug, cancellationToken);
        if (ev is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View("EditCall", new EditCallPage(ev.Slug, ev.Title, null, form));
        }
        var call = new Call { EventId = ev.Id, Title = form.Title };
        form.ApplyTo(call);
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = "The call is saved.";
        return Redirect($"/events/{slug}/calls/{call.Id}");
    }

    [HttpGet("{callId:guid}/edit")]
    public async Task<IActionResult> Edit(string slug, Guid callId, CancellationToken cancellationToken)
    {
        var ev = await FindManagedAsync(slug, cancellationToken);
        var call = ev is null ? null : await db.Calls.SingleOrDefaultAsync(c => c.Id == callId && c.EventId == ev.Id, cancellationToken);
        return call is null ? NotFound() : View("EditCall", new EditCallPage(ev!.Slug, ev.Title, call.Id, CallForm.From(call)));
    }

    [HttpPost("{callId:guid}/edit")]
    public async Task<IActionResult> Edit(string slug, Guid callId, CallForm form, CancellationToken cancellationToken)
    {
        var ev = await FindManagedAsync(slug, cancellationToken);
        var call = ev is null ? null : await db.Calls.SingleOrDefaultAsync(c => c.Id == callId && c.EventId == ev.Id, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View("EditCall", new EditCallPage(ev!.Slug, ev.Title, call.Id, form));
        }
        form.ApplyTo(call);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = "The call is saved. Reminders and notices follow the new dates.";
        return Redirect($"/events/{slug}/calls/{call.Id}");
    }

    private Task<Event?> FindManagedAsync(string slug, CancellationToken cancellationToken) =>
        access.FindManagedAsync(User, slug, cancellationToken);
}

public sealed record EditCallPage(string EventSlug, string EventTitle, Guid? CallId, CallForm Form);
