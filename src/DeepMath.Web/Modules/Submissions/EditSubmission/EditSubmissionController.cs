using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Submissions.Authorization;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.SharedKernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.EditSubmission;

/// <summary>The submission page: its owner edits, uploads, submits and withdraws; the event's organizers read it.</summary>
[Authorize]
[Route("submissions/{id:guid}")]
public sealed class EditSubmissionController(
    SubmissionAccess access, SubmissionEditorQueries queries, SaveSubmissionHandler save, WithdrawSubmissionHandler withdraw) : Controller
{
    public const string ViewPath = "/Modules/Submissions/EditSubmission/EditSubmission.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(User, id, cancellationToken) is not { } grant)
        {
            return NotFound();
        }
        if (grant.Call.IsAward && !grant.IsOrganizer)
        {
            // The applicant's thesis belongs to the application: its page, not the abstract editor, is where they follow it.
            return ToApplication(grant, posted: false);
        }
        return View(ViewPath, await queries.PageAsync(grant.Call, grant.Submission, SubmissionForm.From(grant.Submission), null,
            grant, User.HasConfirmedEmail(), cancellationToken));
    }

    [HttpPost("")]
    [RequestFormLimits(MultipartBodyLengthLimit = SubmissionUploads.MaxRequestBytes)]
    [RequestSizeLimit(SubmissionUploads.MaxRequestBytes)]
    [UploadTooLarge]
    public async Task<IActionResult> Index(Guid id, [FromForm] SubmissionForm form, IFormFile? pdf, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(User, id, cancellationToken) is not { } grant)
        {
            return NotFound();
        }
        if (!grant.MayEdit)
        {
            return Forbid();
        }
        if (grant.Call.IsAward)
        {
            return ToApplication(grant, posted: true);
        }
        ModelState.Clear();
        if (form.ApplyLayoutCommand())
        {
            var chosen = await save.KeepForRoundTripAsync(grant.Call, User.UserId()!, form, pdf, cancellationToken);
            return View(ViewPath, await queries.PageAsync(grant.Call, grant.Submission, form, chosen, grant, User.HasConfirmedEmail(), cancellationToken));
        }
        if (!User.HasConfirmedEmail())
        {
            return await RefuseAsync(grant, form, null, StatusCodes.Status403Forbidden, [SubmissionUploads.ConfirmEmailMessage], false, cancellationToken);
        }
        var checks = new SubmissionChecks();
        var saved = await save.HandleAsync(grant.Call.CallId, id, User.UserId()!, form, pdf, checks, cancellationToken);
        if (this.Refusal(saved) is { } refusal)
        {
            return refusal;
        }
        if (!saved.Succeeded)
        {
            return await RefuseAsync(grant, form, checks.UploadReport, saved.HttpStatus(), saved.Messages, checks.Rechecked, cancellationToken);
        }
        TempData["Status"] = SubmissionUploads.SavedMessage(saved.Value, form.Command == SubmissionForm.Submit);
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, [FromForm] bool confirmed, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(User, id, cancellationToken) is not { IsOwner: true } grant)
        {
            return NotFound();
        }
        if (!confirmed)
        {
            var n = grant.Submission.Number;
            return this.ConfirmFirstView($"Withdraw submission {n}?", $"Withdraw submission {n}", Url.Action(nameof(Index), new { id })!,
                $"\"{grant.Submission.Title}\" leaves the call: it is not reviewed, gets no decision and is not in the program.",
                "Its co-authors see it as withdrawn; its number is not given to another abstract.",
                $"You can revive it from its page until the deadline, {EventTime.Long(grant.Call.Window.LastAcceptedInstant, grant.Call.Window.Zone)}; after that the withdrawal is final.");
        }
        this.Tell(await withdraw.HandleAsync(grant.Submission, cancellationToken));
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("revive")]
    public async Task<IActionResult> Revive(Guid id, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(User, id, cancellationToken) is not { IsOwner: true } grant)
        {
            return NotFound();
        }
        this.Tell(await withdraw.ReviveAsync(grant.Submission, cancellationToken));
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> RefuseAsync(SubmissionAccess.Grant grant, SubmissionForm form, StoredReport? uploadReport, int status,
        IEnumerable<string> errors, bool rechecked, CancellationToken cancellationToken)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }
        Response.StatusCode = status;
        // The page shows what is stored (state, versions) beside what the author typed.
        return View(ViewPath, await queries.PageAsync(grant.Call, grant.Submission, form, uploadReport, grant, User.HasConfirmedEmail(), cancellationToken,
            rechecked));
    }

    private RedirectToActionResult ToApplication(SubmissionAccess.Grant grant, bool posted)
    {
        TempData["Status"] = SubmissionUploads.AwardCallMessage(grant.Call, posted);
        return RedirectToAction("Index", "Apply", new { callId = grant.Call.CallId });
    }
}
