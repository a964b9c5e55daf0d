using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Accounts.Contracts;

/// <summary>Accounts by e-mail address, many at once (for listing people named only by e-mail, such as presenting authors).</summary>
public sealed class AccountLookup(DeepMathDbContext db)
{
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
