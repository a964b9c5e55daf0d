using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Contracts;

/// <summary>The Registration module's face for organizers' messages: the addresses of an event's confirmed registrations.</summary>
public sealed class AttendeeContacts(IRegistrationData db)
{
    public async Task<IReadOnlyList<(string Email, string Name)>> ConfirmedAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.State == RegistrationState.Confirmed)
            .OrderBy(r => r.BadgeName)
            .Select(r => new { r.Email, r.BadgeName })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Email, r.BadgeName))];
    }
}
