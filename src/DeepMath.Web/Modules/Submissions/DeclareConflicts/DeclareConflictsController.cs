using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Contracts;
using DeepMath.Web.Modules.Submissions.Authorization;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.EditSubmission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Submissions.DeclareConflicts;

/// <summary>
/// The owner of a submission in a double-blind call ticks the committee members the authors have a conflict with.
/// Its own small form on the submission page, so that saving it never touches the abstract, and saving the abstract never loses the ticks.
/// </summary>
[Authorize]
[Route("submissions/{id:guid}/conflicts")]
public sealed class DeclareConflictsController(SubmissionAccess access, CommitteeConflicts committee) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Save(Guid id, Guid[]? reviewers, CancellationToken cancellationToken)
    {
        if (await access.ReadAsync(User, id, cancellationToken) is not { IsOwner: true } grant || !grant.Call.DoubleBlind)
        {
            return NotFound();
        }
        if (grant.Submission.State == SubmissionState.Withdrawn)
        {
            TempData["Error"] = "This submission is withdrawn: its conflicts no longer matter.";
            return RedirectToAction(nameof(EditSubmissionController.Index), "EditSubmission", new { id }, "conflicts");
        }
        var declared = await committee.ReplaceAsync(grant.Call.CallId, id, reviewers ?? [], User.UserId()!, grant.Call.Window.ClosesAt, cancellationToken);
        TempData[declared is null ? "Error" : "Status"] = declared switch
        {
            null => "The committee changed while you were ticking: one of the people is no longer on it. Look at the list again and save.",
            { Holding: 0, Requested: 0 } => "Saved: you declare no conflict with the committee.",
            _ => string.Join(" ", new[]
            {
                declared.Holding > 0 ? $"Saved: you declare a conflict with {declared.Holding} member(s) of the committee. They will not see or review this abstract." : "Saved.",
                declared.Requested > 0 ? $"{declared.Requested} conflict(s) declared after the submission deadline are requests: the organizers will decide on them." : "",
                declared.KeptAfterDeadline > 0 ? $"{declared.KeptAfterDeadline} conflict(s) declared before the deadline stay: they can no longer be taken back." : "",
            }.Where(m => m.Length > 0)),
        };
        return RedirectToAction(nameof(EditSubmissionController.Index), "EditSubmission", new { id }, "conflicts");
    }
}
