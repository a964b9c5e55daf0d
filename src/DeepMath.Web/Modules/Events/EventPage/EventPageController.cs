using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.EventPage;

public sealed record CallLink(Guid Id, string Title, string State);

public sealed record EventPageModel(Event Event, IReadOnlyList<ImportantDate> Dates, IReadOnlyList<CallLink> Calls,
    bool CanManage, bool IsSubscribed, IReadOnlyList<string> Organizers);

[Route("events/{slug}")]
public sealed class EventPageController(DeepMathDbContext db, EventAccess access, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (ev is null)
        {
            return NotFound();
        }
        var calls = await db.Calls.AsNoTracking().Where(c => c.EventId == ev.Id).OrderBy(c => c.OpensOn).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var userId = User.UserId();
        var subscribed = userId is not null && await db.EventSubscribers.AnyAsync(s => s.EventId == ev.Id && s.UserId == userId, cancellationToken);
        var organizers = await db.EventOrganizers.Where(o => o.EventId == ev.Id)
            .Join(db.Users, o => o.UserId, u => u.Id, (o, u) => u.DisplayName)
            .OrderBy(n => n).ToListAsync(cancellationToken);
        var links = calls.Select(c =>
        {
            var w = c.Window(ev.TimeZone);
            return new CallLink(c.Id, c.Title, ImportantDates.WindowStart(w.OpensAt, w.ClosesAt, now));
        }).ToList();
        return View("EventPage", new EventPageModel(ev, ImportantDates.For(ev, calls, now), links,
            await access.CanManageAsync(User, ev.Id, cancellationToken), subscribed, organizers));
    }
}
