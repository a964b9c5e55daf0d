using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Contracts;

/// <summary>The Registration module's public face for head counts (the program's room-capacity warning).</summary>
public sealed class RegistrationCounts(IRegistrationData db)
{
    /// <summary>Confirmed registrations of an event (the wait list and cancellations aside).</summary>
    public Task<int> ConfirmedAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        db.Registrations.CountAsync(r => r.EventId == eventId && r.State == RegistrationState.Confirmed, cancellationToken);
}
