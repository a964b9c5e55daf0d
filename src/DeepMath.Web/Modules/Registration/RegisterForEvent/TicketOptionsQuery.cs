using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

/// <summary>The ticket types on offer with their fees, and whether the event is full right now.</summary>
public sealed record TicketOptions(IReadOnlyList<TicketOption> Types, bool EventFull);

/// <summary>The ticket types on offer with their fees and whether they are full right now (a hint only; the lock decides).</summary>
public sealed class TicketOptionsQuery(IRegistrationData db)
{
    /// <summary>Whether the account has a live (not cancelled) registration for the event.</summary>
    public Task<bool> IsRegisteredAsync(Guid eventId, string userId, CancellationToken cancellationToken) =>
        db.Registrations.AnyAsync(r => r.EventId == eventId && r.UserId == userId && r.State != RegistrationState.Cancelled, cancellationToken);

    public async Task<TicketOptions> LoadAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var settings = await db.RegistrationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == eventId, cancellationToken);
        if (settings is null)
        {
            return new TicketOptions([], false);
        }
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId && t.IsOffered)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Fee, t.Cap, Confirmed = db.Registrations.Count(r => r.TicketTypeId == t.Id && r.State == RegistrationState.Confirmed && !r.IsPresenter) })
            .ToListAsync(cancellationToken);
        var confirmed = await db.Registrations.CountAsync(r => r.EventId == eventId && r.State == RegistrationState.Confirmed && !r.IsPresenter, cancellationToken);
        return new TicketOptions(types.Select(t => new TicketOption(t.Id, t.Name, Money.Format(t.Fee, settings.Currency), t.Cap is { } cap && t.Confirmed >= cap)).ToList(),
            confirmed >= settings.Capacity);
    }
}
