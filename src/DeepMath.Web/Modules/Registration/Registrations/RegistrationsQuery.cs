using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Registrations;

/// <summary>The organizers' registration list, its counts, and the rows for exports and badges.</summary>
public sealed class RegistrationsQuery(IRegistrationData db)
{
    public async Task<RegistrationsPage?> PageAsync(EventInfo ev, RegistrationFilter filter, CancellationToken cancellationToken)
    {
        var settings = await db.RegistrationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == ev.EventId, cancellationToken);
        if (settings is null)
        {
            return null;
        }
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == ev.EventId).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var live = db.Registrations.AsNoTracking().Where(r => r.EventId == ev.EventId && r.State != RegistrationState.Cancelled);
        var byType = await live.GroupBy(r => new { r.TicketTypeId, r.State }).Select(g => new { g.Key.TicketTypeId, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        var byStage = await live.GroupBy(r => new { r.CareerStage, r.State }).Select(g => new { g.Key.CareerStage, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        var checkedIn = await live.CountAsync(r => r.CheckedInAt != null, cancellationToken);
        var rows = await RowsAsync(ev.EventId, filter, cancellationToken);
        return new RegistrationsPage(ev, filter, rows, settings.Capacity,
            byType.Where(c => c.State == RegistrationState.Confirmed).Sum(c => c.Count),
            byType.Where(c => c.State == RegistrationState.Waitlisted).Sum(c => c.Count),
            checkedIn,
            types.Select(t => new CountRow(t.Name, Of(byType.Where(c => c.TicketTypeId == t.Id).Select(c => (c.State, c.Count)), RegistrationState.Confirmed),
                Of(byType.Where(c => c.TicketTypeId == t.Id).Select(c => (c.State, c.Count)), RegistrationState.Waitlisted))).ToList(),
            Enum.GetValues<CareerStage>().Select(s => new CountRow(s.ToString(), Of(byStage.Where(c => c.CareerStage == s).Select(c => (c.State, c.Count)), RegistrationState.Confirmed),
                Of(byStage.Where(c => c.CareerStage == s).Select(c => (c.State, c.Count)), RegistrationState.Waitlisted))).ToList(),
            types.Select(t => (t.Id, t.Name)).ToList(), settings.Currency);
    }

    /// <summary>The event's currency, for the CSV's fees (USD until the settings are saved).</summary>
    public async Task<string> CurrencyAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.RegistrationSettings.Where(s => s.EventId == eventId).Select(s => s.Currency).SingleOrDefaultAsync(cancellationToken) ?? "USD";

    public async Task<IReadOnlyList<RegistrationRow>> RowsAsync(Guid eventId, RegistrationFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId);
        query = filter.State is { } state ? query.Where(r => r.State == state) : query.Where(r => r.State != RegistrationState.Cancelled);
        if (filter.Type is { } type)
        {
            query = query.Where(r => r.TicketTypeId == type);
        }
        if (filter.Stage is { } stage)
        {
            query = query.Where(r => r.CareerStage == stage);
        }
        if (filter.Payment is { } payment)
        {
            query = query.Where(r => r.Payment == payment);
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = LikePattern.Containing(filter.Q);
            query = query.Where(r => EF.Functions.ILike(r.BadgeName, pattern) || EF.Functions.ILike(r.Email, pattern) || EF.Functions.ILike(r.Affiliation, pattern));
        }
        var rows = await query
            .Join(db.TicketTypes, r => r.TicketTypeId, t => t.Id, (r, t) => new { R = r, Type = t.Name })
            .OrderBy(x => x.R.State).ThenBy(x => x.R.WaitNumber).ThenBy(x => x.R.BadgeName)
            .Select(x => new
            {
                x.R.Id, x.R.BadgeName, x.R.Email, x.R.Affiliation, x.R.Country, x.Type, x.R.CareerStage, x.R.State, x.R.WaitNumber,
                x.R.Payment, x.R.Fee, CheckedIn = x.R.CheckedInAt != null, x.R.Dietary, x.R.Accessibility, x.R.ListConsent, x.R.IsPresenter, x.R.CheckedInAt,
            })
            .ToListAsync(cancellationToken);
        // Places are ranks among those waiting, so they are counted here rather than stored.
        var waitingOrder = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.State == RegistrationState.Waitlisted)
            .OrderBy(r => r.WaitNumber).Select(r => r.Id).ToListAsync(cancellationToken);
        var places = waitingOrder.Select((id, i) => (id, i + 1)).ToDictionary(p => p.id, p => p.Item2);
        return rows.Select(x => new RegistrationRow(x.Id, x.Id.ToString("N")[^8..].ToUpperInvariant(), x.BadgeName, x.Email, x.Affiliation, x.Country, x.Type,
            x.CareerStage, x.State, places.TryGetValue(x.Id, out var p) ? p : null, x.Payment, x.Fee, x.CheckedIn, x.Dietary, x.Accessibility, x.ListConsent,
            x.IsPresenter, x.CheckedInAt)).ToList();
    }

    private static int Of(IEnumerable<(RegistrationState State, int Count)> counts, RegistrationState state) =>
        counts.Where(c => c.State == state).Sum(c => c.Count);
}
