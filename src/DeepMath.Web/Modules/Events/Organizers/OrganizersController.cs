using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.Organizers;

/// <summary>Site admins name and remove an event's organizers.</summary>
[Authorize(Policy = Policies.SiteAdmin)]
[Route("events/{slug}/organizers")]
public sealed class OrganizersController(OrganizersHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var page = await handler.PageAsync(slug, cancellationToken);
        return this.Refusal(page) ?? View("Organizers", page.Value);
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string slug, string? email, CancellationToken cancellationToken)
    {
        var result = await handler.AddAsync(slug, email, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return await Index(slug, cancellationToken);
        }
        TempData["Status"] = result.Value;
        return RedirectToAction(nameof(Index), new { slug });
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(string slug, string userId, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            return this.ConfirmFirstView("Remove this organizer?", "Remove the organizer", Url.Action(nameof(Index), new { slug })!,
                "They can no longer open the event's organizer pages: calls, submissions, committee, decisions, registrations and program.",
                "What they did stays on record; adding them again gives everything back.");
        }
        var result = await handler.RemoveAsync(slug, userId, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        TempData["Status"] = "The organizer is removed.";
        return RedirectToAction(nameof(Index), new { slug });
    }
}
