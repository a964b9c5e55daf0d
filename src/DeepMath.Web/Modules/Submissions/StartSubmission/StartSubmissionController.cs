using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.EditSubmission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.StartSubmission;

/// <summary>The empty submission form of a call; the first save creates the draft and gives it its number.</summary>
[Authorize]
[Route("calls/{callId:guid}/submissions/new")]
public sealed class StartSubmissionController(SaveSubmissionHandler save, SubmissionEditorQueries queries, CallOverview calls) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        if (await calls.FindAsync(callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        if (call.IsAward)
        {
            return ToApplication(call, posted: false);
        }
        // The person filling the form usually presents; they can change or reorder the row.
        var form = new SubmissionForm { Authors = [new AuthorRow { Name = User.DisplayName(), Email = User.Identity?.Name }] };
        return await ShowAsync(call, form, null, cancellationToken);
    }

    [HttpPost("")]
    [RequestFormLimits(MultipartBodyLengthLimit = SubmissionUploads.MaxRequestBytes)]
    [RequestSizeLimit(SubmissionUploads.MaxRequestBytes)]
    [UploadTooLarge]
    public async Task<IActionResult> Index(Guid callId, [FromForm] SubmissionForm form, IFormFile? pdf, CancellationToken cancellationToken)
    {
        if (await calls.FindAsync(callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        if (call.IsAward)
        {
            return ToApplication(call, posted: true);
        }
        ModelState.Clear();
        if (form.ApplyLayoutCommand())
        {
            return await ShowAsync(call, form, await save.KeepForRoundTripAsync(call, User.UserId()!, form, pdf, cancellationToken), cancellationToken);
        }
        if (!User.HasConfirmedEmail())
        {
            // Checked on the server on every post, not only hidden in the page.
            Response.StatusCode = StatusCodes.Status403Forbidden;
            ModelState.AddModelError(string.Empty, SubmissionUploads.ConfirmEmailMessage);
            return await ShowAsync(call, form, null, cancellationToken);
        }
        var checks = new SubmissionChecks();
        var saved = await save.HandleAsync(callId, null, User.UserId()!, form, pdf, checks, cancellationToken);
        if (this.Refusal(saved) is { } refusal)
        {
            return refusal;
        }
        if (!saved.Succeeded)
        {
            Response.StatusCode = saved.HttpStatus();
            saved.AddTo(ModelState);
            return await ShowAsync(call, form, checks.UploadReport, cancellationToken);
        }
        TempData["Status"] = SubmissionUploads.SavedMessage(saved.Value, form.Command == SubmissionForm.Submit);
        return RedirectToAction(nameof(EditSubmissionController.Index), "EditSubmission", new { id = saved.Value.Id });
    }

    /// <summary>An award call takes applications (thesis, CV, supervisor's letter) only through its own form; nothing posted here is saved.</summary>
    private RedirectToActionResult ToApplication(CallInfo call, bool posted)
    {
        TempData["Status"] = SubmissionUploads.AwardCallMessage(call, posted);
        return RedirectToAction("Index", "Apply", new { callId = call.CallId });
    }

    private async Task<IActionResult> ShowAsync(CallInfo call, SubmissionForm form, Domain.StoredReport? uploadReport, CancellationToken cancellationToken) =>
        View(EditSubmissionController.ViewPath, await queries.PageAsync(call, null, form, uploadReport, true, false, User.HasConfirmedEmail(), cancellationToken));
}
