using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Settings;

/// <summary>The settings page: the saved window, capacity and currency, and the ticket types with their counts.</summary>
public sealed class SettingsQuery(IRegistrationData db)
{
    public async Task<SettingsForm> FormAsync(EventInfo ev, CancellationToken cancellationToken)
    {
        var settings = await db.RegistrationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EventId == ev.EventId, cancellationToken);
        return new SettingsForm
        {
            OpensOn = ev.RegistrationOpensOn, ClosesOn = ev.RegistrationClosesOn, Capacity = settings?.Capacity ?? RegistrationSettings.DefaultCapacity,
            Currency = settings?.Currency ?? "USD", LetterNote = settings?.LetterNote, LetterSignatory = settings?.LetterSignatory,
            PaymentInstructions = settings?.PaymentInstructions,
        };
    }

    public async Task<SettingsPage> PageAsync(EventInfo ev, SettingsForm form, TicketTypeForm newType, CancellationToken cancellationToken)
    {
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == ev.EventId).OrderBy(t => t.SortOrder)
            .Select(t => new TicketTypeRow(t.Id, t.Name, t.Fee, t.Cap, t.IsOffered,
                db.Registrations.Count(r => r.TicketTypeId == t.Id && r.State == RegistrationState.Confirmed && !r.IsPresenter),
                db.Registrations.Count(r => r.TicketTypeId == t.Id && r.State == RegistrationState.Waitlisted)))
            .ToListAsync(cancellationToken);
        var isSetUp = await db.RegistrationSettings.AnyAsync(s => s.EventId == ev.EventId, cancellationToken);
        return new SettingsPage(ev, form, types, newType, isSetUp);
    }
}
