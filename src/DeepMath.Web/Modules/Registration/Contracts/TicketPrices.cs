using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Contracts;

/// <summary>A ticket type as visitors see it before registering: its name and fee ("free" or "USD 250.00").</summary>
public sealed record TicketPrice(string Name, string Fee);

/// <summary>The Registration module's face for the public event page: the ticket types on offer, with their fees.</summary>
public sealed class TicketPrices(IRegistrationData db)
{
    public async Task<IReadOnlyList<TicketPrice>> OfferedAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var currency = await db.RegistrationSettings.AsNoTracking().Where(s => s.EventId == eventId).Select(s => s.Currency).SingleOrDefaultAsync(cancellationToken);
        if (currency is null)
        {
            return [];
        }
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId && t.IsOffered).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Name, t.Fee }).ToListAsync(cancellationToken);
        return [.. types.Select(t => new TicketPrice(t.Name, t.Fee == 0 ? "free" : Money.Format(t.Fee, currency)))];
    }
}
