using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.LateConflicts;

/// <summary>Organizers decide the conflicts declared late: by authors after the submission deadline, by reviewers in their profile after the call closed.</summary>
[Authorize]
[Route("calls/{callId:guid}/late-conflicts")]
public sealed class LateConflictsController(ReviewingAccess access, LateConflictsQuery query, DecideLateConflictHandler decide) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var (authors, profiles) = await query.ListAsync(callId, cancellationToken);
        return View("LateConflicts", new LateConflictsPage(call, authors, profiles));
    }

    [HttpPost("authors")]
    public async Task<IActionResult> Author(Guid callId, Guid submissionId, Guid reviewerId, string? decision, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (decision is not ("grant" or "refuse"))
        {
            TempData["Error"] = "Nothing was decided: use the Grant or Refuse button of the request.";
            return RedirectToAction(nameof(Index), new { callId });
        }
        this.Tell(await decide.AuthorRequestAsync(callId, submissionId, reviewerId, decision == "grant", User.UserId()!, cancellationToken));
        return RedirectToAction(nameof(Index), new { callId });
    }

    [HttpPost("profiles/{changeId:guid}")]
    public async Task<IActionResult> Profile(Guid callId, Guid changeId, string? decision, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (decision is not ("apply" or "dismiss"))
        {
            TempData["Error"] = "Nothing was decided: use the Apply or Dismiss button of the change.";
            return RedirectToAction(nameof(Index), new { callId });
        }
        this.Tell(await decide.ProfileChangeAsync(callId, changeId, decision == "apply", User.UserId()!, cancellationToken));
        return RedirectToAction(nameof(Index), new { callId });
    }
}

public sealed record LateConflictsPage(CallInfo Call, IReadOnlyList<AuthorRequestRow> Authors, IReadOnlyList<ProfileChangeRow> Profiles);
