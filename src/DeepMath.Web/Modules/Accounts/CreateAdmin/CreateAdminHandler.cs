using System.Security.Cryptography;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.CreateAdmin;

public sealed record AdminAccount(bool Created, string? GeneratedPassword);

/// <summary>
/// Makes an account a site admin, creating it when needed. A new account gets a random one-time
/// password that is shown once to whoever ran the command; no password ever comes from the repository.
/// </summary>
public sealed class CreateAdminHandler(UserManager<AppUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    /// <returns>Whether the account was created, and its one-time password when one was generated.</returns>
    public async Task<Result<AdminAccount>> HandleAsync(string email, string? password = null, string? displayName = null)
    {
        email = email.Trim();
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            return Result<AdminAccount>.Invalid($"'{email}' is not a valid e-mail address.");
        }
        if (!await roles.RoleExistsAsync(Roles.SiteAdmin))
        {
            await roles.CreateAsync(new IdentityRole(Roles.SiteAdmin));
        }
        var user = await users.FindByEmailAsync(email);
        string? generated = null;
        var created = false;
        if (user is null)
        {
            generated = password is null ? NewPassword() : null;
            user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName ?? "Site administrator",
                CreatedAt = clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, password ?? generated!);
            if (!result.Succeeded)
            {
                var errors = new ErrorList();
                foreach (var error in result.Errors)
                {
                    errors.Add(error.Description);
                }
                return Result<AdminAccount>.Invalid(errors.ToDictionary());
            }
            created = true;
        }
        if (!await users.IsInRoleAsync(user, Roles.SiteAdmin))
        {
            await users.AddToRoleAsync(user, Roles.SiteAdmin);
        }
        return new AdminAccount(created, generated);
    }

    public static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
}
