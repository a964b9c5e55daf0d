using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Submissions.Authorization;
using DeepMath.Web.Modules.Submissions.EditSubmission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.FinalVersion;

/// <summary>The final version of an accepted abstract, posted from its submission page (the same form, title, abstract and authors only).</summary>
[Authorize]
[Route("submissions/{id:guid}/final")]
public sealed class FinalVersionController(SubmissionAccess access, SubmissionEditorQueries queries, SaveFinalVersionHandler save) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, [FromForm] SubmissionForm form, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(User, id, cancellationToken) is not { IsAuthor: true } grant)
        {
            return NotFound();
        }
        ModelState.Clear();
        if (form.ApplyLayoutCommand())
        {
            return View(EditSubmissionController.ViewPath, await queries.PageAsync(grant.Call, grant.Submission, form, null, grant, User.HasConfirmedEmail(), cancellationToken));
        }
        var saved = await save.HandleAsync(grant, User.UserId()!, form, cancellationToken);
        if (!saved.Succeeded)
        {
            foreach (var error in saved.Messages)
            {
                ModelState.AddModelError(string.Empty, error);
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(EditSubmissionController.ViewPath, await queries.PageAsync(grant.Call, grant.Submission, form, null, grant, User.HasConfirmedEmail(), cancellationToken));
        }
        TempData["Status"] = $"Final version {saved.Value} is saved: the program and the book of abstracts use it.";
        return RedirectToAction(nameof(EditSubmissionController.Index), "EditSubmission", new { id });
    }
}
