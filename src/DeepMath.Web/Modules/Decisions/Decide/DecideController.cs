using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Dashboard;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Decisions.Decide;

/// <summary>Decisions one at a time, on a selection, or by the top-N helper after its preview.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions")]
public sealed class DecideController(EventManagers access, DecideHandler decide, TopRankedQuery ranking, OutcomeCatalog outcomes) : Controller
{
    private const string Dashboard = "Dashboard";

    [HttpPost("decide")]
    public async Task<IActionResult> Decide(Guid callId, [FromForm] Guid[] ids, [FromForm] string? outcome, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (string.IsNullOrEmpty(outcome) && ids.Length == 1)
        {
            // A row's list starts at "no change": Set without a choice is not a mistake to scold.
            TempData["Status"] = "Nothing changed: choose an outcome in the row's list, then press Set.";
            return Redirect(SafeReturn(callId, returnUrl));
        }
        var result = await decide.HandleAsync(callId, ids, outcome, User.UserId()!, ids.Length == 1 ? "row" : "bulk", cancellationToken);
        Report(result, OutcomeCatalog.LabelOf(await outcomes.ForCallAsync(callId, cancellationToken), outcome));
        return Redirect(SafeReturn(callId, returnUrl));
    }

    [HttpGet("top")]
    public async Task<IActionResult> Top(Guid callId, int talks = 20, int posters = 150, CancellationToken cancellationToken = default)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        if (talks < 0 || posters < 0 || talks > TopRankedPlan.MaxEach || posters > TopRankedPlan.MaxEach)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Error"] = $"The numbers of talks and posters must each be between 0 and {TopRankedPlan.MaxEach}.";
            return View("TopRanked", (call, new TopRankedPlan(Math.Clamp(talks, 0, TopRankedPlan.MaxEach), Math.Clamp(posters, 0, TopRankedPlan.MaxEach), [], [], 0)));
        }
        return View("TopRanked", (call, await ranking.PlanAsync(callId, talks, posters, cancellationToken)));
    }

    /// <summary>Applies exactly the preview's lists, so a review submitted in between cannot change what was agreed.</summary>
    [HttpPost("top")]
    public async Task<IActionResult> ApplyTop(Guid callId, [FromForm] Guid[] talkIds, [FromForm] Guid[] posterIds, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (talkIds.Intersect(posterIds).Any())
        {
            TempData["Error"] = "A submission cannot be both a talk and a poster; open the preview again.";
            return RedirectToAction(nameof(Top), new { callId });
        }
        var userId = User.UserId()!;
        var asTalks = talkIds.Length == 0 ? DecidedCount.None : await decide.HandleAsync(callId, talkIds, DecisionOutcome.Talk, userId, "helper", cancellationToken);
        var asPosters = asTalks.Succeeded && posterIds.Length > 0
            ? await decide.HandleAsync(callId, posterIds, DecisionOutcome.Poster, userId, "helper", cancellationToken)
            : DecidedCount.None;
        if (!asTalks.Succeeded || !asPosters.Succeeded)
        {
            TempData["Error"] = string.Join(" ", asTalks.Messages.Concat(asPosters.Messages));
            return RedirectToAction(nameof(Top), new { callId });
        }
        TempData["Status"] = $"{talkIds.Length} accepted as talks and {posterIds.Length} as posters ({asTalks.Value.Changed + asPosters.Value.Changed} changed). Nothing is sent to authors until you send the notifications.";
        return RedirectToAction(nameof(DashboardController.Index), Dashboard, new { callId, sort = "calibrated" });
    }

    private void Report(Result<DecidedCount> result, string label)
    {
        if (!result.Succeeded)
        {
            TempData["Error"] = string.Join(" ", result.Messages);
            return;
        }
        var (changed, unchanged) = result.Value;
        TempData["Status"] = changed + unchanged == 1
            ? $"Decision recorded: {label}. Authors see it only once the notifications are sent."
            : $"{changed + unchanged} submissions {label} ({changed} changed). Authors see the decisions only once the notifications are sent.";
    }

    /// <summary>The page the form came from when it is one of this call's decision pages; else the decision table.</summary>
    private string SafeReturn(Guid callId, string? returnUrl)
    {
        var table = Url.Action(nameof(DashboardController.Index), Dashboard, new { callId })!;
        return returnUrl is not null && returnUrl.StartsWith(table, StringComparison.Ordinal) && !returnUrl.Contains("//", StringComparison.Ordinal)
            ? returnUrl : table;
    }
}
