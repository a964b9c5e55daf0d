using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.Authorization;

/// <summary>Adds the display name and whether the e-mail is confirmed to the sign-in cookie.</summary>
internal sealed class AccountClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "deepmath:name";
    public const string EmailConfirmedClaim = "deepmath:email_confirmed";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.EmailConfirmed)
        {
            identity.AddClaim(new Claim(EmailConfirmedClaim, "true"));
        }
        return identity;
    }
}
