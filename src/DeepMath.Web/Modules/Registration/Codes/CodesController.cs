using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Codes;

/// <summary>Organizers create free or discounted codes, and invite people by e-mail with one.</summary>
[Authorize]
[Route("events/{slug}/registration/codes")]
public sealed class CodesController(EventManagers access, DeepMathDbContext db, CreateCodeHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(User, slug, cancellationToken) is { } ev ? await PageAsync(ev, new CodeForm(), cancellationToken) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, CodeForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var (code, error) = await handler.HandleAsync(ev, form, cancellationToken);
            if (code is not null)
            {
                TempData["Status"] = code.InvitedEmail is null ? $"Code {code.Code} is created." : $"Code {code.Code} is created and the invitation to {code.InvitedEmail} is on its way.";
                return Redirect($"/events/{slug}/registration/codes");
            }
            ModelState.AddModelError(string.Empty, error!);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await PageAsync(ev, form, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(EventInfo ev, CodeForm form, CancellationToken cancellationToken)
    {
        var codes = await db.RegistrationCodes.AsNoTracking().Where(c => c.EventId == ev.EventId).OrderByDescending(c => c.CreatedAt)
            .Select(c => new CodeRow(c.Code, c.DiscountPercent, c.Uses, c.MaxUses, c.ExpiresOn, c.InvitedEmail))
            .ToListAsync(cancellationToken);
        return View("Codes", new CodesPage(ev, codes, form));
    }
}
