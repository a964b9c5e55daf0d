using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.Authorization;

/// <summary>
/// Where two factors are required, a site admin whose session was opened with a password only is not
/// a site admin for this request: the role claim is taken out before anything checks it, so every
/// check of the role (policies, [Authorize], IsSiteAdmin in event, submission and export access)
/// inherits the rule, and no page can forget it.
/// </summary>
internal sealed class AdminTwoFactorClaimsTransformation(IOptions<AccountSecurityOptions> options, IHostEnvironment environment) : IClaimsTransformation
{
    private readonly bool _adminsNeedTwoFactor = options.Value.AdminsNeedTwoFactor ?? environment.IsProduction();

    /// <summary>Marks a session whose admin role is held back until the account signs in with two factors.</summary>
    public const string NeedsTwoFactorClaim = "deepmath:admin_needs_2fa";

    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        // Identity marks a two-factor sign-in (code or recovery code) with the "amr" claim "mfa".
        if (!_adminsNeedTwoFactor || !principal.IsInRole(Roles.SiteAdmin) || principal.HasClaim("amr", "mfa"))
        {
            return Task.FromResult(principal);
        }
        var identities = principal.Identities.Select(identity =>
        {
            var copy = new ClaimsIdentity(
                identity.Claims.Where(c => !(c.Type == identity.RoleClaimType && c.Value == Roles.SiteAdmin)),
                identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
            if (identity.IsAuthenticated)
            {
                copy.AddClaim(new Claim(NeedsTwoFactorClaim, "true"));
            }
            return copy;
        });
        return Task.FromResult(new ClaimsPrincipal(identities));
    }
}
