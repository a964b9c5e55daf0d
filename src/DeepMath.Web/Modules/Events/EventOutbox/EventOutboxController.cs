using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Events.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.EventOutbox;

public sealed record EventOutboxPage(string Slug, string Title, OutboxOverview Outbox, TimeZoneInfo Zone);

/// <summary>Organizers follow the delivery of every e-mail their event sent: state, attempts and last error.</summary>
[Authorize]
[Route("events/{slug}/outbox")]
public sealed class EventOutboxController(OutboxReport report, EventAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var ev = await access.FindManagedAsync(User, slug, cancellationToken);
        if (ev is null)
        {
            return NotFound();
        }
        return View("EventOutbox", new EventOutboxPage(ev.Slug, ev.Title, await report.ForEventAsync(ev.Id, cancellationToken), ev.TimeZone));
    }
}
