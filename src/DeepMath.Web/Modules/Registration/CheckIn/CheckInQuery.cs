using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.CheckIn;

/// <summary>The check-in page: confirmed attendees found by name or e-mail, and how many have checked in.</summary>
public sealed class CheckInQuery(IRegistrationData db)
{
    public async Task<CheckInPage> PageAsync(EventInfo ev, string? q, CheckInAnswer? answer, CancellationToken cancellationToken)
    {
        IReadOnlyList<CheckInMatch> matches = [];
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = LikePattern.Containing(q);
            matches = await db.Registrations.AsNoTracking()
                .Where(r => r.EventId == ev.EventId && r.State == RegistrationState.Confirmed && (EF.Functions.ILike(r.BadgeName, pattern) || EF.Functions.ILike(r.Email, pattern)))
                .OrderBy(r => r.BadgeName).ThenBy(r => r.Id).Take(20)
                // Ordered and cut before the projection: EF cannot translate an ordering by a member of a constructed record.
                .Join(db.TicketTypes, r => r.TicketTypeId, t => t.Id, (r, t) => new { r.Id, r.BadgeName, r.Affiliation, Type = t.Name, CheckedIn = r.CheckedInAt != null })
                .OrderBy(m => m.BadgeName).ThenBy(m => m.Id)
                .Select(m => new CheckInMatch(m.Id, m.BadgeName, m.Affiliation, m.Type, m.CheckedIn))
                .ToListAsync(cancellationToken);
        }
        var live = db.Registrations.Where(r => r.EventId == ev.EventId && r.State == RegistrationState.Confirmed);
        return new CheckInPage(ev, q, matches, answer, await live.CountAsync(r => r.CheckedInAt != null, cancellationToken), await live.CountAsync(cancellationToken));
    }
}
