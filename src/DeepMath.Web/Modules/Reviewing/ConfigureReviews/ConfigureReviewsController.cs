using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.ConfigureReviews;

/// <summary>
/// Organizers set a call's review form, review deadline, bidding close date and invitation reminders.
/// Dates need no rescheduling: the reminder sweep reads them each minute.
/// </summary>
[Authorize]
[Route("calls/{callId:guid}/review-settings")]
public sealed class ConfigureReviewsController(ReviewingAccess access, ReviewCalendar calendar, SaveReviewSettingsHandler save) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var dates = await calendar.ForAsync(call, cancellationToken);
        return View("ConfigureReviews", new ConfigureReviewsPage(call, ReviewSettingsForm.From(dates.Settings), dates));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(Guid callId, ReviewSettingsForm form, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        // Numbers that do not parse arrive as null; the handler names the field with a message of its own.
        ModelState.Clear();
        var result = await save.HandleAsync(call, form, User.UserId(), cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("ConfigureReviews", new ConfigureReviewsPage(call, form, await calendar.ForAsync(call, cancellationToken)));
        }
        TempData["Status"] = "The review settings are saved. Reminders follow the new deadline.";
        return RedirectToAction(nameof(Index), new { callId });
    }
}

public sealed record ConfigureReviewsPage(CallInfo Call, ReviewSettingsForm Form, ReviewDates Saved);
