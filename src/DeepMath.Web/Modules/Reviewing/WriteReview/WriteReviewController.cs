using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.WriteReview;

/// <summary>A reviewer drafts, submits and edits their review of one assigned submission, until the deadline.</summary>
[Authorize]
[Route("calls/{callId:guid}/assigned/{number:int}/review")]
public sealed class WriteReviewController(IReviewingData db, ReviewQuery query, SaveReviewHandler save, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, int number, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(User, callId, number, cancellationToken) is not { } target)
        {
            return await TakenOffAsync(callId, number, cancellationToken);
        }
        var review = await SavedAsync(target, cancellationToken);
        return View("WriteReview", Page(target, review, ReviewInput.From(review)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(Guid callId, int number, ReviewInput input, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(User, callId, number, cancellationToken) is not { } target)
        {
            return await TakenOffAsync(callId, number, cancellationToken);
        }
        ModelState.Clear();
        var result = await save.HandleAsync(target, input, cancellationToken);
        var self = $"/calls/{callId}/assigned/{number}/review";
        switch (result.Outcome)
        {
            case ReviewSaveOutcome.DraftSaved:
                TempData["Status"] = "Your draft is saved. Submit it before the deadline.";
                return Redirect(self);
            case ReviewSaveOutcome.Submitted:
                TempData["Status"] = $"Your review of abstract {number} is submitted. You can change it until the deadline.";
                return Redirect(self);
            case ReviewSaveOutcome.Locked:
                TempData["Error"] = "The review deadline has passed: this review can no longer be changed.";
                return Redirect(self);
            default:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError(field, message);
                }
                if (result.DraftKept)
                {
                    ModelState.AddModelError(string.Empty, "The review is not submitted. What you wrote is saved as a draft; fix the points above and submit again.");
                }
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View("WriteReview", Page(target, await SavedAsync(target, cancellationToken), input));
        }
    }

    /// <summary>410 with the reason when a conflict took the abstract off the reviewer's list (their review is kept); 404 for anything else.</summary>
    private async Task<IActionResult> TakenOffAsync(Guid callId, int number, CancellationToken cancellationToken)
    {
        if (await query.TakenOffAsync(User, callId, number, cancellationToken) is not { } gone)
        {
            return NotFound();
        }
        Response.StatusCode = StatusCodes.Status410Gone;
        return View(Assigned.AssignedController.TakenOffView, new Assigned.TakenOffPage(gone.Member.Call, gone.Row));
    }

    private Task<Review?> SavedAsync(ReviewTarget target, CancellationToken cancellationToken) =>
        db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.SubmissionId == target.Submission.Id && r.ReviewerId == target.Member.Reviewer.Id, cancellationToken);

    private WriteReviewPage Page(ReviewTarget target, Review? review, ReviewInput values)
    {
        var now = clock.GetUtcNow();
        return new WriteReviewPage(target, review, values, target.Dates.Deadline.CanChangeAt(now, review?.IsSubmitted == true), target.Dates.Deadline.IsOverdueAt(now));
    }
}

public sealed record WriteReviewPage(ReviewTarget Target, Review? Saved, ReviewInput Values, bool Editable, bool Overdue)
{
    public string Shown(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Target.Dates.Deadline.Zone).ToString("dddd d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
