using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Decisions.Notify;

/// <summary>Sending the decisions: the undecided warning, now or on the notification date, and the delivery state per recipient.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions")]
public sealed class NotifyController(EventManagers access, NotifyPageQuery query, NotifyHandler handler) : Controller
{
    [HttpGet("notify")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        return View("Notify", await query.PageAsync(call, cancellationToken));
    }

    [HttpPost("notify/send")]
    public async Task<IActionResult> SendNow(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        await handler.RequestNowAsync(callId, User.UserId()!, cancellationToken);
        TempData["Status"] = "Sending has started: every decided submission's authors are notified once, spread over time. The table below follows the delivery.";
        return RedirectToAction(nameof(Index), new { callId });
    }

    [HttpPost("notify/schedule")]
    public async Task<IActionResult> Schedule(Guid callId, [FromForm] bool onDate, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        this.Tell(await handler.ScheduleAsync(call, onDate, User.UserId()!, cancellationToken));
        return RedirectToAction(nameof(Index), new { callId });
    }

    [HttpPost("notices/{noticeId:guid}/resend")]
    public async Task<IActionResult> Resend(Guid callId, Guid noticeId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        this.Tell(await handler.ResendAsync(callId, noticeId, cancellationToken));
        return RedirectToAction(nameof(Index), new { callId });
    }
}
