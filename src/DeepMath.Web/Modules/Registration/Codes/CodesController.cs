using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.Codes;

/// <summary>Organizers create free or discounted codes, and invite people by e-mail with one.</summary>
[Authorize]
[Route("events/{slug}/registration/codes")]
public sealed class CodesController(EventManagers access, CodesQuery query, CreateCodeHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await access.FindManagedAsync(User, slug, cancellationToken) is { } ev ? View("Codes", await query.PageAsync(ev, new CodeForm(), cancellationToken)) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(string slug, CodeForm form, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(ev, form, cancellationToken);
            if (result.Succeeded)
            {
                var code = result.Value;
                TempData["Status"] = code.InvitedEmail is null ? $"Code {code.Code} is created." : $"Code {code.Code} is created and the invitation to {code.InvitedEmail} is on its way.";
                return RedirectToAction(nameof(Index), new { slug });
            }
            result.AddTo(ModelState);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Codes", await query.PageAsync(ev, form, cancellationToken));
    }
}
