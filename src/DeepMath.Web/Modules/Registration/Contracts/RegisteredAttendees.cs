using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Contracts;

/// <summary>What other modules may ask Registration: whether an account holds a confirmed place at an event (not waitlisted, not cancelled).</summary>
public sealed class RegisteredAttendees(IRegistrationData db)
{
    public Task<bool> IsRegisteredAsync(Guid eventId, string? userId, CancellationToken cancellationToken = default) =>
        userId is null
            ? Task.FromResult(false)
            : db.Registrations.AsNoTracking().AnyAsync(r => r.EventId == eventId && r.UserId == userId && r.State == RegistrationState.Confirmed, cancellationToken);
}
