using DeepMath.Web.Modules.Accounts.Contracts;
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
    [HttpPost("decide")]
    public async Task<IActionResult> Decide(Guid callId, [FromForm] Guid[] ids, [FromForm] string? outcome, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
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
            return Redirect($"/calls/{callId}/decisions/top");
        }
        var userId = User.UserId()!;
        var asTalks = talkIds.Length == 0 ? new DecideResult(0, 0, null) : await decide.HandleAsync(callId, talkIds, Outcome.Talk, userId, "helper", cancellationToken);
        var asPosters = asTalks.Error is null && posterIds.Length > 0 ? await decide.HandleAsync(callId, posterIds, Outcome.Poster, userId, "helper", cancellationToken) : new DecideResult(0, 0, null);
        if ((asTalks.Error ?? asPosters.Error) is { } error)
        {
            TempData["Error"] = error;
            return Redirect($"/calls/{callId}/decisions/top");
        }
        TempData["Status"] = $"{talkIds.Length} accepted as talks and {posterIds.Length} as posters ({asTalks.Changed + asPosters.Changed} changed). Nothing is sent to authors until you send the notifications.";
        return Redirect($"/calls/{callId}/decisions?sort=calibrated");
    }

    private void Report(DecideResult result, string label)
    {
        if (result.Error is not null)
        {
            TempData["Error"] = result.Error;
            return;
        }
        var total = result.Changed + result.Unchanged;
        TempData["Status"] = total == 1
            ? $"Decision recorded: {label}. Authors see it only once the notifications are sent."
            : $"{total} submissions {label} ({result.Changed} changed). Authors see the decisions only once the notifications are sent.";
    }

    private static string SafeReturn(Guid callId, string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith($"/calls/{callId}/decisions", StringComparison.Ordinal) && !returnUrl.Contains("//", StringComparison.Ordinal)
            ? returnUrl : $"/calls/{callId}/decisions";
}
