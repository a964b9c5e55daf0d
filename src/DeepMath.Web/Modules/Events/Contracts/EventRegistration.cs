using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Events.Contracts;

public sealed record RegistrationDates(DateOnly? OpensOn, DateOnly? ClosesOn, DateOnly StartsOn, DateOnly EndsOn, string? Venue);

/// <summary>What other modules may ask about an event's registration and dates, for letters and notifications.</summary>
public sealed class EventRegistration(DeepMathDbContext db)
{
    public async Task<RegistrationDates?> FindAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await db.Events.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new RegistrationDates(e.RegistrationOpensOn, e.RegistrationClosesOn, e.StartsOn, e.EndsOn, e.Venue))
            .SingleOrDefaultAsync(cancellationToken);
}
