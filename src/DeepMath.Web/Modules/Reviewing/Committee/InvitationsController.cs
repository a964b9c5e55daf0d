using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.Committee;

/// <summary>Organizers invite people by e-mail to a call's committee (many at once), send an invitation again, or withdraw it.</summary>
[Authorize]
[Route("calls/{callId:guid}/reviewers/invitations")]
public sealed class InvitationsController(ReviewingAccess access, CommitteeQuery query, InviteReviewersHandler invite, ResendInvitationHandler resend) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Invite(Guid callId, string? people, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(people))
        {
            ModelState.AddModelError("people", "Write at least one person to invite: one per line, as Name <name@university.edu> or just the e-mail address.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Committee", await query.PageAsync(call, cancellationToken));
        }
        var outcome = await invite.HandleAsync(call, people, User.UserId()!, User.DisplayName(), cancellationToken);
        if (outcome.AllDone)
        {
            TempData["Status"] = outcome.Summary;
            return Redirect($"/calls/{callId}/reviewers");
        }
        // Shown on the page rather than redirected: the lines to correct go back into the box.
        if (outcome.Invited.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View("Committee", await query.PageAsync(call, cancellationToken, outcome.Unread, outcome));
    }

    [HttpPost("{invitationId:guid}/resend")]
    public async Task<IActionResult> Resend(Guid callId, Guid invitationId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var (message, error) = await resend.ResendAsync(call, invitationId, User.DisplayName(), cancellationToken);
        TempData[error ? "Error" : "Status"] = message;
        return Redirect($"/calls/{callId}/reviewers#invitations");
    }

    [HttpPost("{invitationId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid callId, Guid invitationId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        var (message, error) = await resend.WithdrawAsync(callId, invitationId, cancellationToken);
        TempData[error ? "Error" : "Status"] = message;
        return Redirect($"/calls/{callId}/reviewers#invitations");
    }
}
