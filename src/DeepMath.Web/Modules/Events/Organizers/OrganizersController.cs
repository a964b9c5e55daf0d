using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Organizers;

/// <summary>Site admins name and remove an event's organizers.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
[Route("events/{slug}/organizers")]
public sealed class OrganizersController(DeepMathDbContext db, AccountDirectory accounts, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        return ev is null ? NotFound() : View("Organizers", await PageAsync(ev, cancellationToken));
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string slug, string? email, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return NotFound();
        }
        var contact = string.IsNullOrWhiteSpace(email) ? null : await accounts.FindByEmailAsync(email, cancellationToken);
        if (contact is null)
        {
            ModelState.AddModelError("email", string.IsNullOrWhiteSpace(email)
                ? "Enter the e-mail address of the account to name as organizer."
                : $"No account uses {email}. Ask them to create an account first.");
            return View("Organizers", await PageAsync(ev, cancellationToken));
        }
        if (!await db.EventOrganizers.AnyAsync(o => o.EventId == ev.Id && o.UserId == contact.UserId, cancellationToken))
        {
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = contact.UserId, AddedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
        TempData["Status"] = $"{contact.DisplayName} is an organizer of {ev.Title}.";
        return Redirect($"/events/{slug}/organizers");
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(string slug, string userId, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return NotFound();
        }
        await db.EventOrganizers.Where(o => o.EventId == ev.Id && o.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        TempData["Status"] = "The organizer is removed.";
        return Redirect($"/events/{slug}/organizers");
    }

    private async Task<OrganizersPage> PageAsync(Event ev, CancellationToken cancellationToken)
    {
        var ids = await db.EventOrganizers.Where(o => o.EventId == ev.Id).Select(o => o.UserId).ToListAsync(cancellationToken);
        return new OrganizersPage(ev.Slug, ev.Title, await accounts.ContactsAsync(ids, cancellationToken));
    }
}

public sealed record OrganizersPage(string Slug, string Title, IReadOnlyList<AccountContact> Organizers);
