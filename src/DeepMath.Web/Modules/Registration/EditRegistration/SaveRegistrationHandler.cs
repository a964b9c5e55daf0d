using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.RegisterForEvent;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.EditRegistration;

/// <summary>Saves an organizer's corrections to a registration. The ticket type is changed by cancelling and registering again, so that caps are never bypassed here.</summary>
public sealed class SaveRegistrationHandler(IRegistrationData db)
{
    /// <returns>The registration's reference.</returns>
    public async Task<Result<string>> HandleAsync(Guid eventId, Guid id, RegistrationForm form, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.SingleOrDefaultAsync(r => r.Id == id && r.EventId == eventId, cancellationToken);
        if (registration is null)
        {
            return Result<string>.NotFound();
        }
        form.ApplyTo(registration);
        await db.SaveChangesAsync(cancellationToken);
        return registration.Reference;
    }
}
