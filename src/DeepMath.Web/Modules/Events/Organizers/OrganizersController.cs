using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.Organizers;

/// <summary>An event's organizers (and site admins) name and remove its organizers.</summary>
[Authorize]
[Route("events/{slug}/organizers")]
public sealed class OrganizersController(OrganizersHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var page = await handler.PageAsync(User, slug, cancellationToken);
        return this.Refusal(page) ?? View("Organizers", page.Value);
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string slug, string? email, CancellationToken cancellationToken)
    {
        var result = await handler.AddAsync(User, slug, email, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var page = await handler.PageAsync(User, slug, cancellationToken);
            return this.Refusal(page) ?? View("Organizers", page.Value);
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
        var result = await handler.RemoveAsync(User, slug, userId, cancellationToken);
        if (this.Refusal(result) is { } refusal)
        {
            return refusal;
        }
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? "The organizer is removed." : string.Join(" ", result.Messages);
        return RedirectToAction(nameof(Index), new { slug });
    }
}
