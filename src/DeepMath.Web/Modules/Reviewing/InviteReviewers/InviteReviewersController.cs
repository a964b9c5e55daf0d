using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.ManageCommittee;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.InviteReviewers;

/// <summary>Organizers invite people by e-mail to a call's committee (many at once), send an invitation again, or withdraw it.</summary>
[Authorize]
[Route("calls/{callId:guid}/reviewers/invitations")]
public sealed class InviteReviewersController(ReviewingAccess access, CommitteeQuery query, InviteReviewersHandler invite, ResendInvitationHandler resend,
    WithdrawInvitationHandler withdraw) : Controller
{
    private const string Committee = "Committee";

    [HttpPost("")]
    public async Task<IActionResult> Invite(Guid callId, string? people, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var result = await invite.HandleAsync(call, people, User.UserId()!, User.DisplayName(), cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(CommitteeController.ViewPath, await query.PageAsync(call, cancellationToken));
        }
        var batch = result.Value;
        if (batch.AllDone)
        {
            TempData["Status"] = batch.Summary;
            return RedirectToAction(nameof(CommitteeController.Index), Committee, new { callId });
        }
        // Shown on the page rather than redirected: the lines to correct go back into the box.
        if (batch.Invited.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View(CommitteeController.ViewPath, await query.PageAsync(call, cancellationToken, batch.Unread, batch));
    }

    [HttpPost("{invitationId:guid}/resend")]
    public async Task<IActionResult> Resend(Guid callId, Guid invitationId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        this.Tell(await resend.HandleAsync(call, invitationId, User.DisplayName(), cancellationToken));
        return RedirectToAction(nameof(CommitteeController.Index), Committee, new { callId }, "invitations");
    }

    [HttpPost("{invitationId:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid callId, Guid invitationId, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (!confirmed)
        {
            return this.ConfirmFirstView("Withdraw this invitation?", "Withdraw the invitation", Url.Action(nameof(CommitteeController.Index), Committee, new { callId }, null, null, "invitations")!,
                "The link in the invitation e-mail then says the invitation was withdrawn; it can no longer be accepted.",
                "No more reminders go out for it.",
                "To ask the person again, send a new invitation.");
        }
        this.Tell(await withdraw.HandleAsync(callId, invitationId, cancellationToken));
        return RedirectToAction(nameof(CommitteeController.Index), Committee, new { callId }, "invitations");
    }
}
