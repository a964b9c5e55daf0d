using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.Conflicts;

/// <summary>Organizers see every conflict of a call with its reason, and confirm or dismiss automatic ones in bulk.</summary>
[Authorize]
[Route("calls/{callId:guid}/conflicts")]
public sealed class ConflictsController(ReviewingAccess access, ConflictsQuery query, RuleOnConflictsHandler rule, AddConflictHandler add) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? View("Conflicts", await query.PageAsync(call, cancellationToken))
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Rule(Guid callId, string[]? selected, string? verdict, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        ConflictVerdict? chosen = verdict switch { "dismiss" => ConflictVerdict.Dismissed, "confirm" => ConflictVerdict.Confirmed, _ => null };
        if (chosen is null)
        {
            TempData["Error"] = "Nothing was changed: tick the conflicts, then press Confirm or Dismiss.";
            return RedirectToAction(nameof(Index), new { callId });
        }
        this.Tell(await rule.HandleAsync(callId, selected ?? [], chosen.Value, User.UserId()!, cancellationToken));
        return RedirectToAction(nameof(Index), new { callId });
    }

    /// <summary>An organizer records a conflict by hand, with its reason; back to the page it was recorded from.</summary>
    [HttpPost("add")]
    public async Task<IActionResult> Add(Guid callId, Guid? submissionId, Guid? reviewerId, string? reason, string? returnUrl, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        this.Tell(await add.HandleAsync(call, submissionId, reviewerId, reason, User.UserId()!, cancellationToken));
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index), new { callId });
    }
}
