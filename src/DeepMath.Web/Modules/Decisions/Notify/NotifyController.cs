using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Decisions.Notify;

/// <summary>Sending the decisions: the undecided warning, now or on the notification date, and the delivery state per recipient.</summary>
[Authorize]
[Route("calls/{callId:guid}/decisions")]
public sealed class NotifyController(EventManagers access, IDecisionsData db, SubmissionCatalog catalog, OutcomeCatalog outcomes,
    DeliveryQuery deliveries, NotifyHandler handler) : Controller
{
    [HttpGet("notify")]
    public async Task<IActionResult> Index(Guid callId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        return View("Notify", await PageAsync(call, cancellationToken));
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
        return Redirect($"/calls/{callId}/decisions/notify");
    }

    [HttpPost("notify/schedule")]
    public async Task<IActionResult> Schedule(Guid callId, [FromForm] bool onDate, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is not { } call)
        {
            return NotFound();
        }
        if (onDate && call.NotificationOn is null)
        {
            TempData["Error"] = "The call has no notification date. Set it on the call's page first, then schedule the sending.";
            return Redirect($"/calls/{callId}/decisions/notify");
        }
        await handler.ScheduleAsync(callId, onDate, User.UserId()!, cancellationToken);
        TempData["Status"] = onDate
            ? $"The notifications will be sent as {call.NotificationOn:yyyy-MM-dd} begins ({call.Window.Zone.Id}). Moving the notification date moves the sending."
            : "Scheduled sending is cancelled; nothing goes out until you send or schedule again.";
        return Redirect($"/calls/{callId}/decisions/notify");
    }

    [HttpPost("notices/{noticeId:guid}/resend")]
    public async Task<IActionResult> Resend(Guid callId, Guid noticeId, CancellationToken cancellationToken)
    {
        if (await access.ManagedCallAsync(User, callId, cancellationToken) is null)
        {
            return NotFound();
        }
        var error = await handler.ResendAsync(callId, noticeId, cancellationToken);
        TempData[error is null ? "Status" : "Error"] = error ?? "The notification is queued again for that recipient.";
        return Redirect($"/calls/{callId}/decisions/notify");
    }

    private async Task<NotifyPage> PageAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var callId = call.CallId;
        var settings = await db.DecisionSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CallId == callId, cancellationToken) ?? new DecisionSettings { CallId = callId };
        var known = await outcomes.ForCallAsync(callId, cancellationToken);
        var awaiting = await db.Decisions.AsNoTracking().Where(d => d.CallId == callId && (d.SentRevision == null || d.SentRevision != d.Revision))
            .GroupBy(d => d.OutcomeKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var undecidedQuery = catalog.InCall(callId).Where(s => s.State == SubmissionState.Submitted && !db.Decisions.Any(d => d.SubmissionId == s.Id));
        var undecided = await undecidedQuery.OrderBy(s => s.Number).Take(100).Select(s => new Undecided(s.Id, s.Number, s.Title)).ToListAsync(cancellationToken);
        var shown = await deliveries.ForCall(callId).OrderBy(d => d.State == OutboxState.Failed ? 0 : 1).ThenByDescending(d => d.QueuedAt)
            .Take(NotifyPage.DeliveriesShown).ToListAsync(cancellationToken);
        var ids = shown.Select(d => d.SubmissionId).Distinct().ToList();
        var numbers = await catalog.InCall(callId).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, cancellationToken);
        return new NotifyPage(call, settings, call.NotificationOn is { } date ? WholeDays.StartOf(date, call.Window.Zone) : null,
            [.. known.Select(o => (o, awaiting.FirstOrDefault(a => a.Key == o.Key)?.Count ?? 0)).Where(a => a.Item2 > 0)],
            await undecidedQuery.CountAsync(cancellationToken), undecided, await deliveries.CountsAsync(callId, cancellationToken), shown, numbers);
    }
}
