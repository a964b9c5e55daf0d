using DeepMath.Web.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Accounts.Contracts;

public sealed record AccountContact(string UserId, string Email, string DisplayName);

/// <summary>The Accounts module's public face: who an account id is and how to reach them.</summary>
public sealed class AccountDirectory(IAccountsData db)
{
    public async Task<IReadOnlyList<AccountContact>> ContactsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Email != null)
            .OrderBy(u => u.Email)
            .Select(u => new AccountContact(u.Id, u.Email!, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    public async Task<AccountContact?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized)
            .Select(u => new AccountContact(u.Id, u.Email!, u.DisplayName))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Accounts by e-mail address, many at once (people named only by e-mail, such as presenting authors).</summary>
    /// <returns>The accounts found, keyed by lower-cased e-mail.</returns>
    public async Task<IReadOnlyDictionary<string, AccountContact>> ByEmailsAsync(IEnumerable<string> emails, CancellationToken cancellationToken = default)
    {
        var normalized = emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().ToUpperInvariant()).Distinct().ToList();
        var found = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail != null && normalized.Contains(u.NormalizedEmail))
            .Select(u => new AccountContact(u.Id, u.Email!, u.DisplayName))
            .ToListAsync(cancellationToken);
        return found.ToDictionary(c => c.Email.ToLowerInvariant());
    }
}
