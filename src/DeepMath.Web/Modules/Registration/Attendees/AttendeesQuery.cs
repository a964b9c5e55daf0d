using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Attendees;

public sealed record AttendeeRow(string Name, string Affiliation, string Country);

public sealed record AttendeesPage(EventInfo Event, IReadOnlyList<AttendeeRow> Attendees, int Confirmed);

/// <summary>The attendee list other attendees see: confirmed attendees who consented, and no one else. Shown to confirmed attendees and organizers.</summary>
public sealed class AttendeesQuery(EventCalendar events, EventManagers managers, IRegistrationData db)
{
    /// <returns>Null when there is no such event or <paramref name="user"/> may not see its attendees.</returns>
    public async Task<AttendeesPage?> FindAsync(ClaimsPrincipal user, string slug, CancellationToken cancellationToken)
    {
        if (await events.FindBySlugAsync(slug, cancellationToken) is not { } ev)
        {
            return null;
        }
        var userId = user.UserId();
        var confirmed = db.Registrations.AsNoTracking().Where(r => r.EventId == ev.EventId && r.State == RegistrationState.Confirmed);
        if (!await confirmed.AnyAsync(r => r.UserId == userId, cancellationToken) && !await managers.CanManageAsync(user, ev.EventId, cancellationToken))
        {
            return null;
        }
        var attendees = await confirmed.Where(r => r.ListConsent).OrderBy(r => r.BadgeName)
            .Select(r => new AttendeeRow(r.BadgeName, r.Affiliation, r.Country)).ToListAsync(cancellationToken);
        return new AttendeesPage(ev, attendees, await confirmed.CountAsync(cancellationToken));
    }
}
