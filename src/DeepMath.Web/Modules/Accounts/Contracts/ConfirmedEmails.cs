using DeepMath.Web.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Accounts.Contracts;

/// <summary>
/// Whether an account's e-mail address is confirmed now, read from the account store: the sign-in cookie's
/// claim is as old as the session, and a confirmation made in another browser must count at once.
/// </summary>
public sealed class ConfirmedEmails(IAccountsData db)
{
    public async Task<bool> IsConfirmedAsync(string? userId, CancellationToken cancellationToken = default) =>
        userId is not null && await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.EmailConfirmed, cancellationToken);
}
