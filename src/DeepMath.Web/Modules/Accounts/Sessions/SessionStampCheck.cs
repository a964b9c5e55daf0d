using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.Sessions;

/// <summary>
/// Every request's sign-in cookie must carry the account's current security stamp. Signing out,
/// resetting or changing the password, and turning two-factor on or off change the stamp, so every
/// other session of the account ends at once, on every app instance, not after Identity's 30-minute
/// revalidation. The check is one primary-key read of one column; Identity's own validator still
/// refreshes the cookie's claims on its usual interval.
/// </summary>
internal static class SessionStampCheck
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var cookieStamp = context.Principal?.FindFirstValue(claimType);
        var current = userId is null
            ? null
            : await services.GetRequiredService<IAccountsData>().Users.AsNoTracking()
                .Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || cookieStamp != current)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
