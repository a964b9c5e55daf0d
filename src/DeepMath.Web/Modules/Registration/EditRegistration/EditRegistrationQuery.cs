using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.RegisterForEvent;
using DeepMath.Web.Modules.Registration.Tickets;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.EditRegistration;

/// <summary>One registration of an event as its organizers see it, with its ticket type and payment.</summary>
public sealed class EditRegistrationQuery(IRegistrationData db)
{
    /// <param name="form">The form to show; null shows the registration as saved.</param>
    public async Task<EditRegistrationPage?> PageAsync(EventInfo ev, Guid id, RegistrationForm? form, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.EventId == ev.EventId, cancellationToken);
        if (registration is null)
        {
            return null;
        }
        var type = await db.TicketTypes.AsNoTracking().Where(t => t.Id == registration.TicketTypeId).Select(t => t.Name).SingleAsync(cancellationToken);
        var currency = await db.RegistrationSettings.AsNoTracking().Where(s => s.EventId == ev.EventId).Select(s => s.Currency).SingleAsync(cancellationToken);
        var log = await db.PaymentLog.AsNoTracking().Where(e => e.RegistrationId == id).OrderBy(e => e.At).ToListAsync(cancellationToken);
        return new EditRegistrationPage(ev, registration, type, TicketIssuer.PaymentText(registration, currency), form ?? RegistrationForm.From(registration), log);
    }
}
