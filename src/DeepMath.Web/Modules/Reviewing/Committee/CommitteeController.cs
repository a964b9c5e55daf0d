using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Committee;

/// <summary>Organizers of the event add existing accounts to a call's review committee, see it with its invitations, and remove members.</summary>
[Authorize]
[Route("calls/{callId:guid}/reviewers")]
public sealed class CommitteeController(IReviewingData db, ReviewingAccess access, AccountDirectory accounts, CommitteeQuery query, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? View("Committee", await query.PageAsync(call, cancellationToken))
            : NotFound();

    [HttpPost("add")]
    public async Task<IActionResult> Add(Guid callId, string? email, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var contact = string.IsNullOrWhiteSpace(email) ? null : await accounts.FindByEmailAsync(email, cancellationToken);
        if (contact is null)
        {
            ModelState.AddModelError("email", string.IsNullOrWhiteSpace(email)
                ? "Enter the e-mail address of the account to add as a reviewer."
                : $"No account uses {email.Trim()}. Invite them by e-mail instead, below.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Committee", await query.PageAsync(call, cancellationToken));
        }
        if (await db.Reviewers.AnyAsync(r => r.CallId == callId && r.UserId == contact.UserId, cancellationToken))
        {
            TempData["Status"] = $"{contact.DisplayName} is already a reviewer of this call.";
        }
        else
        {
            db.Reviewers.Add(new Reviewer { CallId = callId, UserId = contact.UserId, AddedAt = clock.GetUtcNow(), AddedBy = User.UserId() });
            await db.SaveChangesAsync(cancellationToken);
            TempData["Status"] = $"{contact.DisplayName} is a reviewer of the {call.CallTitle}.";
        }
        return Redirect($"/calls/{callId}/reviewers");
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(Guid callId, Guid reviewerId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        var removed = await db.Reviewers.Where(r => r.CallId == callId && r.Id == reviewerId).ExecuteDeleteAsync(cancellationToken);
        TempData[removed == 0 ? "Error" : "Status"] = removed == 0
            ? "That reviewer is no longer on the committee."
            : "The reviewer is removed, with their bids and conflict rulings.";
        return Redirect($"/calls/{callId}/reviewers");
    }
}
