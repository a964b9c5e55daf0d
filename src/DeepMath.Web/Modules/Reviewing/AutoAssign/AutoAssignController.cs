using DeepMath.Assignment;
using DeepMath.Web.Infrastructure.Web;
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
    /// <summary>The web never waits minutes for the fair mode: a 200-abstract call converges in well under a second.</summary>
    private static readonly TimeSpan FairTimeLimit = TimeSpan.FromSeconds(20);

    [HttpGet("preview")]
    public async Task<IActionResult> Preview(Guid callId, string? mode, string? q, string? seed, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var state = await states.LoadAsync(call, cancellationToken);
        if (state.Submissions.Count == 0 || state.Reviewers.Count == 0)
        {
            TempData["Error"] = "An assignment needs submitted abstracts and at least one reviewer on the committee.";
            return RedirectToAction(nameof(AssignmentsController.Index), "Assignments", new { callId });
        }
        var choice = ModeChoice.Parse(mode, q, seed);
        if (choice.Error is not null)
        {
            TempData["Error"] = choice.Error;
            return RedirectToAction(nameof(Preview), new { callId });
        }
        try
        {
            var options = choice.Options with { FairTimeLimit = FairTimeLimit };
            return View("Preview", new PreviewPage(call, AssignmentPlanner.Plan(state, options), choice));
        }
        catch (Exception e) when (e is AssignmentInputException or AssignmentInfeasibleException)
        {
            TempData["Error"] = $"The assignment could not be computed: {e.Message}";
            return RedirectToAction(nameof(AssignmentsController.Index), "Assignments", new { callId });
        }
    }

    [HttpPost("apply")]
    public async Task<IActionResult> Apply(Guid callId, string? plan, string? described, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var pairs = (plan ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var applied = await apply.HandleAsync(call, pairs, User.UserId()!, cancellationToken, ModeChoice.Describe(described));
        this.Tell(applied);
        return applied.Succeeded ? RedirectToAction(nameof(AssignmentsController.Index), "Assignments", new { callId }) : RedirectToAction(nameof(Preview), new { callId });
    }
}

public sealed record PreviewPage(CallInfo Call, AssignmentPlan Plan, ModeChoice Choice);
