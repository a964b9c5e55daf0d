using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.AnswerInvitation;

/// <summary>
/// The page behind an invitation's signed link: the invited person accepts (signed in with a confirmed
/// account) or declines (no account needed). Opening the link changes nothing, so mail scanners that
/// follow links cannot answer for anyone. Anyone without a valid token gets a "not valid" page.
/// </summary>
[Route("invitations/{token}")]
public sealed class AnswerInvitationController(InvitationQuery invitations, AnswerInvitationHandler answer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string token, CancellationToken cancellationToken) =>
        await PageAsync(token, null, cancellationToken) is { } page ? View("Invitation", page) : Invalid();

    [HttpPost("accept")]
    public async Task<IActionResult> Accept(string token, CancellationToken cancellationToken)
    {
        if (await PageAsync(token, null, cancellationToken) is not { } page)
        {
            return Invalid();
        }
        if (User.UserId() is not { } userId)
        {
            // Signing in comes back to this invitation.
            return RedirectToAction("Index", "Login", new { returnUrl = Url.Action(nameof(Index), new { token }) });
        }
        if (page.Invitation.State != InvitationState.Pending)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Invitation", page);
        }
        if (!User.HasConfirmedEmail())
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return View("Invitation", page with { Message = "Confirm your e-mail address first (follow the link we sent when you created the account), then open this invitation again." });
        }
        var accepted = await answer.AcceptAsync(page.Invitation, userId, cancellationToken);
        if (!accepted.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Invitation", await PageAsync(token, null, cancellationToken));
        }
        TempData["Status"] = accepted.Value
            ? $"You were a reviewer of the {page.Call.CallTitle} already; the invitation is recorded as accepted."
            : $"Thank you: you are a reviewer of the {page.Call.CallTitle}. Fill in your reviewer profile so that abstracts can be matched to your expertise.";
        return RedirectToAction(nameof(Profile.ProfileController.Index), "Profile", new { callId = page.Call.CallId });
    }

    [HttpPost("decline")]
    public async Task<IActionResult> Decline(string token, CancellationToken cancellationToken)
    {
        if (await PageAsync(token, null, cancellationToken) is not { } page)
        {
            return Invalid();
        }
        var declined = await answer.DeclineAsync(page.Invitation, cancellationToken);
        if (!declined.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Invitation", page);
        }
        return View("Invitation", await PageAsync(token, "You declined the invitation. Thank you for letting the organizers know.", cancellationToken));
    }

    private async Task<InvitationPage?> PageAsync(string token, string? message, CancellationToken cancellationToken)
    {
        return await invitations.FindAsync(token, cancellationToken) is { } opened
            ? new InvitationPage(opened.Invitation, opened.Call, token, User.UserId() is not null, User.HasConfirmedEmail(), message)
            : null;
    }

    private ViewResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("InvalidLink");
    }
}

public sealed record InvitationPage(ReviewerInvitation Invitation, CallInfo Call, string Token, bool SignedIn, bool Confirmed, string? Message);
