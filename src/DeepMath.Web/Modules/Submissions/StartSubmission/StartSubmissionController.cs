using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.StartSubmission;

[Authorize]
[Route("calls/{callId:guid}/submissions/new")]
public sealed class StartSubmissionController(StartSubmissionHandler handler, CallSchedule calls, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        var call = await calls.FindAsync(callId, cancellationToken);
        return call is null ? NotFound() : View("StartSubmission", Page(call, new StartSubmissionForm()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid callId, StartSubmissionForm form, CancellationToken cancellationToken)
    {
        var call = await calls.FindAsync(callId, cancellationToken);
        if (call is null)
        {
            return NotFound();
        }
        if (!User.HasConfirmedEmail())
        {
            // Checked on the server on every post, not only hidden in the page.
            Response.StatusCode = StatusCodes.Status403Forbidden;
            ModelState.AddModelError(string.Empty, "Confirm your e-mail address before you submit: follow the link we sent you, or ask for a new one on your account page.");
            return View("StartSubmission", Page(call, form));
        }
        if (!ModelState.IsValid)
        {
            return View("StartSubmission", Page(call, form));
        }
        var outcome = await handler.HandleAsync(callId, User.UserId()!, form, cancellationToken);
        if (outcome.Draft is null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ModelState.AddModelError(string.Empty, outcome.Error ?? "This call does not exist.");
            return View("StartSubmission", Page(call, form));
        }
        TempData["Status"] = $"Draft {outcome.Draft.Number} is saved. Submit it before the deadline.";
        return Redirect("/submissions");
    }

    private StartSubmissionPage Page(CallInfo call, StartSubmissionForm form) =>
        new(call, form, call.Window.IsOpenAt(clock.GetUtcNow()), User.HasConfirmedEmail());
}

public sealed record StartSubmissionPage(CallInfo Call, StartSubmissionForm Form, bool IsOpen, bool EmailConfirmed);
