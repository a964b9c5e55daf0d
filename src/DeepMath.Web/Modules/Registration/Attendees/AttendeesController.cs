using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Attendees;

public sealed record AttendeeRow(string Name, string Affiliation, string Country);

public sealed record AttendeesPage(EventInfo Event, IReadOnlyList<AttendeeRow> Attendees, int Confirmed);

/// <summary>The attendee list other attendees see: confirmed attendees who consented, and no one else. Shown to confirmed attendees and organizers.</summary>
[Authorize]
[Route("events/{slug}/attendees")]
public sealed class AttendeesController(EventCalendar events, EventManagers managers, DeepMathDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        var userId = User.UserId();
        var confirmed = db.Registrations.AsNoTracking().Where(r => r.EventId == ev.EventId && r.State == RegistrationState.Confirmed);
        if (!await confirmed.AnyAsync(r => r.UserId == userId, cancellationToken) && !await managers.CanManageAsync(User, ev.EventId, cancellationToken))
        {
            return NotFound();
        }
        var attendees = await confirmed.Where(r => r.ListConsent).OrderBy(r => r.BadgeName)
            .Select(r => new AttendeeRow(r.BadgeName, r.Affiliation, r.Country)).ToListAsync(cancellationToken);
        return View("Attendees", new AttendeesPage(ev, attendees, await confirmed.CountAsync(cancellationToken)));
    }
}
