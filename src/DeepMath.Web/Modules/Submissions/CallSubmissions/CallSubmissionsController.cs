using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <summary>Organizers of the event see every submission of a call, decide format exceptions and rerun the check.</summary>
[Authorize]
[Route("calls/{callId:guid}/submissions")]
public sealed class CallSubmissionsController(
    EventManagers managers, CallSubmissionsQuery query, DecideExceptionHandler decide, RecheckHandler recheck) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, [FromQuery] SubmissionListFilter filter, CancellationToken cancellationToken)
    {
        if (await ManagedCallAsync(callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        return View("CallSubmissions", await query.PageAsync(call, filter, cancellationToken));
    }

    [HttpPost("{id:guid}/exception")]
    public async Task<IActionResult> Exception(Guid callId, Guid id, string? decision, CancellationToken cancellationToken)
    {
        if (await ManagedCallAsync(callId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (decision is not ("grant" or "refuse"))
        {
            TempData["Error"] = "Nothing was decided: use the Grant or Refuse button of the exception.";
            return RedirectToAction(nameof(Index), new { callId });
        }
        this.Tell(await decide.HandleAsync(callId, id, decision == "grant", User.UserId()!, cancellationToken));
        return RedirectToAction(nameof(Index), new { callId });
    }

    [HttpPost("recheck")]
    public async Task<IActionResult> Recheck(Guid callId, CancellationToken cancellationToken)
    {
        if (await ManagedCallAsync(callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var result = await recheck.HandleAsync(call, cancellationToken);
        TempData["Status"] = $"The latest PDF of {result.Value} submission(s) is checked again.";
        return RedirectToAction(nameof(Index), new { callId });
    }

    private Task<CallInfo?> ManagedCallAsync(Guid callId, CancellationToken cancellationToken) =>
        managers.ManagedCallAsync(User, callId, cancellationToken);
}
