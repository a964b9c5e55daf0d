using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Emails;
using DeepMath.Web.Modules.Reviewing.Jobs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.ReviewProgress;

/// <summary>
/// Organizers follow a call's reviews and remind a reviewer by hand. Each page view carries a fresh
/// click id, and the reminder's outbox key includes it: a double click or a resent form queues one e-mail.
/// </summary>
[Authorize]
[Route("calls/{callId:guid}/review-progress")]
public sealed class ReviewProgressController(IReviewingData db, ReviewingAccess access, ProgressQuery query, ReviewCalendar calendar, ReviewReminderMailer mailer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken) =>
        await access.ManagedCallAsync(User, callId, cancellationToken) is { } call
            ? View("ReviewProgress", await query.PageAsync(call, cancellationToken))
            : NotFound();

    [HttpPost("remind")]
    public async Task<IActionResult> Remind(Guid callId, Guid reviewerId, Guid click, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        var back = $"/calls/{callId}/review-progress";
        if (click == Guid.Empty)
        {
            TempData["Error"] = "That reminder form is incomplete. Reload the page and press the button again.";
            return Redirect(back);
        }
        var unfinished = (await mailer.UnfinishedAsync(callId, cancellationToken)).Where(u => u.ReviewerId == reviewerId).ToList();
        if (unfinished.Count == 0)
        {
            TempData["Error"] = "That reviewer has no unfinished reviews in this call: nothing to remind them of.";
            return Redirect(back);
        }
        var deadline = (await calendar.ForAsync(call, cancellationToken)).Deadline;
        var queued = await mailer.QueueAsync(call, deadline, ReviewReminderKind.FromOrganizers, unfinished,
            u => $"review-reminder:{callId}:{u.ReviewerId}:manual:{click}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same click, posted twice at once: the other request queued it.
            queued = 0;
        }
        TempData["Status"] = queued > 0 ? "The reminder is on its way." : "That reminder was already sent.";
        return Redirect(back);
    }
}
