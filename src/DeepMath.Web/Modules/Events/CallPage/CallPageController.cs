using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.CallPage;

public sealed record CallPageModel(Event Event, Call Call, WindowPhase Phase, string State, string OpensText, string DeadlineText, bool CanManage);

[Route("events/{slug}/calls/{callId:guid}")]
public sealed class CallPageController(DeepMathDbContext db, EventAccess access, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, Guid callId, CancellationToken cancellationToken)
    {
        var row = await db.Calls.AsNoTracking().Where(c => c.Id == callId)
            .Join(db.Events.AsNoTracking().Where(e => e.Slug == slug), c => c.EventId, e => e.Id, (c, e) => new { Call = c, Event = e })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        var window = row.Call.Window(row.Event.TimeZone);
        var opens = TimeZoneInfo.ConvertTime(window.OpensAt, window.Zone);
        return View("CallPage", new CallPageModel(row.Event, row.Call, window.PhaseAt(now),
            ImportantDates.WindowStart(window.OpensAt, window.ClosesAt, now),
            $"{opens:dddd d MMMM yyyy, HH:mm} ({ImportantDates.ZoneName(window.Zone)})",
            LifecycleMailer.FormatDeadline(window),
            await access.CanManageAsync(User, row.Event.Id, cancellationToken)));
    }
}
