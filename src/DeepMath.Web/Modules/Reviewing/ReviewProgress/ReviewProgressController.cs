using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Reviewing.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Reviewing.ReviewProgress;

/// <summary>
/// Organizers follow a call's reviews and remind a reviewer by hand. Each page view carries a fresh
/// click id, and the reminder's outbox key includes it: a double click or a resent form queues one e-mail.
/// </summary>
[Authorize]
[Route("calls/{callId:guid}/review-progress")]
public sealed class ReviewProgressController(ReviewingAccess access, ProgressQuery query, RemindReviewerHandler remind) : Controller
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
        this.Tell(await remind.HandleAsync(call, reviewerId, click, cancellationToken));
        return RedirectToAction(nameof(Index), new { callId });
    }
}
