using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.EventPage;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.AcceptOrganizerInvitation;

/// <summary>
/// The page behind an organizer invitation's link. Opening it changes nothing (mail scanners follow links);
/// the invited person, signed in with a confirmed address, accepts with a button.
/// </summary>
[Route("organizer-invitations/{token}")]
public sealed class AcceptOrganizerInvitationController(AcceptOrganizerInvitationHandler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string token, CancellationToken cancellationToken) =>
        await handler.FindAsync(token, User.UserId() is not null, cancellationToken) is { } page ? View("OrganizerInvitation", page) : Invalid();

    [HttpPost("")]
    public async Task<IActionResult> Accept(string token, CancellationToken cancellationToken)
    {
        if (await handler.FindAsync(token, User.UserId() is not null, cancellationToken) is not { } page)
        {
            return Invalid();
        }
        if (User.UserId() is not { } userId)
        {
            return RedirectToAction("Index", "Login", new { returnUrl = Url.Action(nameof(Index), new { token }) });
        }
        if (!User.HasConfirmedEmail())
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View("OrganizerInvitation", page with { Message = "Confirm your e-mail address first (follow the link we sent when you created the account), then come back to this page." });
        }
        var result = await handler.AcceptAsync(token, userId, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("OrganizerInvitation", page with { Message = string.Join(" ", result.Messages) });
        }
        TempData["Status"] = $"You are an organizer of {page.EventTitle}.";
        return RedirectToAction(nameof(EventPageController.Index), "EventPage", new { slug = result.Value });
    }

    private ViewResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("InvalidOrganizerInvitation");
    }
}
