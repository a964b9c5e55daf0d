using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.SharedKernel;
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
    public async Task<IActionResult> Exception(Guid callId, Guid id, string? decision, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (await ManagedCallAsync(callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        if (decision is not ("grant" or "refuse"))
        {
            TempData["Error"] = "Nothing was decided: use the Grant or Refuse button of the exception.";
            return RedirectToAction(nameof(Index), new { callId });
        }
        if (decision == "refuse" && !confirmed)
        {
            // Granting lets an abstract through to review and is asked for; refusing keeps it out, so it is confirmed first.
            var request = await decide.FindAsync(callId, id, cancellationToken);
            if (!request.Succeeded)
            {
                this.Tell(Result<string>.Invalid(string.Join(" ", request.Messages)));
                return RedirectToAction(nameof(Index), new { callId });
            }
            var r = request.Value;
            return this.ConfirmFirstView($"Refuse the format exception of abstract {r.Number}?", $"Refuse the exception of abstract {r.Number}",
                Url.Action(nameof(Index), new { callId })!,
                r.State == FormatExceptionState.Granted
                    ? $"\"{r.Title}\" was let through to review; it is now held back: its reviewers no longer see it, and it cannot be assigned."
                    : $"\"{r.Title}\" stays held back from review: reviewers do not see it, and it cannot be assigned.",
                "Its authors get no e-mail; their submission page and list say \"format exception refused\".",
                $"They can still upload a PDF that passes the format check until the deadline, {EventTime.Long(call.Window.LastAcceptedInstant, call.Window.Zone)}; it is then reviewed like any other.",
                "You can grant the exception later from this list.");
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
