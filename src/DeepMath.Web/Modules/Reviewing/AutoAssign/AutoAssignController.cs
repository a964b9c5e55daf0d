using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Assignments;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.AutoAssign;

/// <summary>
/// Organizers preview the optimal assignment (nothing is saved by looking) and apply exactly the pairs they saw,
/// as one batch that the log can undo. Running it again keeps everything already assigned.
/// </summary>
[Authorize]
[Route("calls/{callId:guid}/assignments")]
public sealed class AutoAssignController(ReviewingAccess access, PreviewPlanQuery planner, ApplyPlanHandler apply) : Controller
{
    [HttpGet("preview")]
    public async Task<IActionResult> Preview(Guid callId, [FromQuery] PreviewForm form, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var preview = await planner.PlanAsync(call, form, cancellationToken);
        if (preview.Succeeded)
        {
            return View("Preview", preview.Value);
        }
        TempData["Error"] = string.Join(" ", preview.Messages);
        return preview.Errors.ContainsKey(PreviewPlanQuery.ModeField)
            ? RedirectToAction(nameof(Preview), new { callId })
            : RedirectToAction(nameof(AssignmentsController.Index), "Assignments", new { callId });
    }

    [HttpPost("apply")]
    public async Task<IActionResult> Apply(Guid callId, string? plan, string? described, [FromForm] PreviewForm settings, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        // The preview posts back the choice it was made with; it is read again, as on the preview, before it is stored.
        var choice = settings.Mode is null ? null : ModeChoice.Parse(settings);
        if (choice?.Error is { } error)
        {
            TempData["Error"] = $"The plan's settings were not readable: {error} Nothing was applied; preview the assignment again.";
            return RedirectToAction(nameof(Preview), new { callId });
        }
        var pairs = (plan ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var applied = await apply.HandleAsync(call, pairs, User.UserId()!, cancellationToken, ModeChoice.Describe(described), choice?.Settings());
        this.Tell(applied);
        return applied.Succeeded ? RedirectToAction(nameof(AssignmentsController.Index), "Assignments", new { callId }) : RedirectToAction(nameof(Preview), new { callId });
    }
}
