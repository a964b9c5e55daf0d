using DeepMath.Assignment;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
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
public sealed class AutoAssignController(ReviewingAccess access, AssignmentStateQuery states, ApplyPlanHandler apply) : Controller
{
    [HttpGet("preview")]
    public async Task<IActionResult> Preview(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var state = await states.LoadAsync(call, cancellationToken);
        if (state.Submissions.Count == 0 || state.Reviewers.Count == 0)
        {
            TempData["Error"] = "An assignment needs submitted abstracts and at least one reviewer on the committee.";
            return Redirect($"/calls/{callId}/assignments");
        }
        try
        {
            return View("Preview", new PreviewPage(call, AssignmentPlanner.Plan(state)));
        }
        catch (AssignmentInputException e)
        {
            TempData["Error"] = $"The assignment could not be computed: {e.Message}";
            return Redirect($"/calls/{callId}/assignments");
        }
    }

    [HttpPost("apply")]
    public async Task<IActionResult> Apply(Guid callId, string? plan, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var (count, error) = await apply.HandleAsync(call, (plan ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries), User.UserId()!, cancellationToken);
        TempData[error is null ? "Status" : "Error"] = error ?? $"{count} review assignment(s) applied. Undo them from the log below if needed.";
        return Redirect(error is null ? $"/calls/{callId}/assignments" : $"/calls/{callId}/assignments/preview");
    }
}

public sealed record PreviewPage(CallInfo Call, AssignmentPlan Plan);
