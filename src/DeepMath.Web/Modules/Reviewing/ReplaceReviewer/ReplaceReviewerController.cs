using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.AutoAssign;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.ReplaceReviewer;

/// <summary>An organizer replaces a reviewer who drops out of an abstract with one of its alternates, in one undoable batch.</summary>
[Authorize]
[Route("calls/{callId:guid}/assignments/replace")]
public sealed class ReplaceReviewerController(ReviewingAccess access, ReplaceQuery query, ReplaceReviewerHandler replace) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, Guid submissionId, Guid reviewerId, [FromQuery] PreviewForm form, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var page = await query.PageAsync(call, submissionId, reviewerId, form, cancellationToken);
        if (page.Succeeded)
        {
            return View("Replace", page.Value);
        }
        TempData["Error"] = string.Join(" ", page.Messages);
        return RedirectToAction(nameof(AssignmentsController.Index), "Assignments", new { callId });
    }

    [HttpPost("")]
    public async Task<IActionResult> Replace(Guid callId, Guid submissionId, Guid reviewerId, Guid replacementId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        this.Tell(await replace.HandleAsync(call, submissionId, reviewerId, replacementId, User.UserId()!, cancellationToken));
        return RedirectToAction(nameof(AssignmentsController.Index), "Assignments", new { callId });
    }
}
