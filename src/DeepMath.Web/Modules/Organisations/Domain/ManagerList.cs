using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;

namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>Managers are named by the e-mail of their account, one per line, as event organizers are.</summary>
public static class ManagerList
{
    public static async Task<List<AccountContact>> ResolveAsync(AccountDirectory accounts, string? emails, string field, ErrorList errors,
        CancellationToken cancellationToken)
    {
        var found = new List<AccountContact>();
        foreach (var email in Lines.Of(emails).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await accounts.FindByEmailAsync(email, cancellationToken) is { } contact)
            {
                found.Add(contact);
            }
            else
            {
                errors.Add(field, $"No account uses {email}. Ask them to create an account first, then name them.");
            }
        }
        return found;
    }
}
