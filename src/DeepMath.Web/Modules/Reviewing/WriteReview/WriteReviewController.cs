using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.WriteReview;

/// <summary>A reviewer drafts, submits and edits their review of one assigned submission, until the deadline.</summary>
[Authorize]
[Route("calls/{callId:guid}/assigned/{number:int}/review")]
public sealed class WriteReviewController(ReviewQuery query, SaveReviewHandler save, OtherReviewsQuery others, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, int number, CancellationToken cancellationToken)
    {
        if (await query.FindAsync(User, callId, number, cancellationToken) is not { } target)
        {
            return await TakenOffAsync(callId, number, cancellationToken);
        }
        var review = await query.SavedAsync(target, cancellationToken);
        return View("WriteReview", Page(target, review, ReviewInput.From(review)) with
        {
            Others = await others.ForAsync(target, review?.IsSubmitted == true, cancellationToken),
        });
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
        if (result.Status == ResultStatus.Forbidden)
        {
            TempData["Error"] = "The review deadline has passed: this review can no longer be changed.";
            return RedirectToAction(nameof(Index), new { callId, number });
        }
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("WriteReview", Page(target, await query.SavedAsync(target, cancellationToken), input));
        }
        TempData["Status"] = result.Value == ReviewSaved.Submitted
            ? $"Your review of abstract {number} is submitted. You can change it until the deadline."
            : "Your draft is saved. Submit it before the deadline.";
        return RedirectToAction(nameof(Index), new { callId, number });
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

    private WriteReviewPage Page(ReviewTarget target, Review? review, ReviewInput values)
    {
        var now = clock.GetUtcNow();
        return new WriteReviewPage(target, review, values, target.Dates.Deadline.CanChangeAt(now, review?.IsSubmitted == true), target.Dates.Deadline.IsOverdueAt(now));
    }
}

/// <param name="Others">The other submitted reviews, when the reviewer may read them; null when not (yet).</param>
public sealed record WriteReviewPage(ReviewTarget Target, Review? Saved, ReviewInput Values, bool Editable, bool Overdue, IReadOnlyList<OtherReview>? Others = null)
{
    /// <summary>An instant in the call's zone; the page names the zone once, beside the deadline.</summary>
    public string Shown(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Target.Dates.Deadline.Zone).ToString("dddd d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
