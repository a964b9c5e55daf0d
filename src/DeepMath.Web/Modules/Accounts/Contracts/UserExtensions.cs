using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Authorization;

namespace DeepMath.Web.Modules.Accounts.Contracts;

public static class UserExtensions
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AccountClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? string.Empty;

    public static bool IsSiteAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.SiteAdmin);

    public static bool HasConfirmedEmail(this ClaimsPrincipal user) => user.HasClaim(AccountClaimsFactory.EmailConfirmedClaim, "true");
}
