using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.ManageCommittee;

/// <summary>Organizers of the event add existing accounts to a call's review committee, see it with its invitations, and remove members.</summary>
[Authorize]
[Route("calls/{callId:guid}/reviewers")]
public sealed class CommitteeController(ReviewingAccess access, CommitteeQuery query, CommitteeMembersHandler members) : Controller
{
    /// <summary>The committee page, which InviteReviewers shows again with the lines to correct.</summary>
    public const string ViewPath = "/Modules/Reviewing/ManageCommittee/Committee.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? View(ViewPath, await query.PageAsync(call, cancellationToken))
            : NotFound();

    [HttpPost("add")]
    public async Task<IActionResult> Add(Guid callId, string? email, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var added = await members.AddAsync(call, email, User.UserId()!, cancellationToken);
        if (!added.Succeeded)
        {
            added.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(ViewPath, await query.PageAsync(call, cancellationToken));
        }
        this.Tell(added);
        return RedirectToAction(nameof(Index), new { callId });
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(Guid callId, Guid reviewerId, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (await members.WhyKeptAsync(callId, reviewerId, cancellationToken) is { } kept)
        {
            // Nothing to confirm: the answer would be no.
            TempData["Error"] = kept;
            return RedirectToAction(nameof(Index), new { callId });
        }
        if (!confirmed)
        {
            return this.ConfirmFirstView("Remove this reviewer from the committee?", "Remove the reviewer", Url.Action(nameof(Index), new { callId })!,
                "They no longer see this call's abstracts, bidding list or assigned pages.",
                "Their bids, declared conflicts and conflict rulings are deleted, and their assignments removed: those abstracts need another reviewer.",
                "Adding them again later starts from nothing.");
        }
        this.Tell(await members.RemoveAsync(callId, reviewerId, cancellationToken));
        return RedirectToAction(nameof(Index), new { callId });
    }
}
