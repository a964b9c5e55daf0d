using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Registration.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Registration.Codes;

public sealed record CodeRow(string Code, int DiscountPercent, int Uses, int MaxUses, DateOnly? ExpiresOn, string? InvitedEmail);

public sealed record CodesPage(EventInfo Event, IReadOnlyList<CodeRow> Codes, CodeForm Form);

/// <summary>An event's codes, newest first.</summary>
public sealed class CodesQuery(IRegistrationData db)
{
    public async Task<CodesPage> PageAsync(EventInfo ev, CodeForm form, CancellationToken cancellationToken) =>
        new(ev, await db.RegistrationCodes.AsNoTracking().Where(c => c.EventId == ev.EventId).OrderByDescending(c => c.CreatedAt)
            .Select(c => new CodeRow(c.Code, c.DiscountPercent, c.Uses, c.MaxUses, c.ExpiresOn, c.InvitedEmail))
            .ToListAsync(cancellationToken), form);
}
