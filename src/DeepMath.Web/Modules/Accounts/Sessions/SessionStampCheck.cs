using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Authorization;
using DeepMath.Web.Modules.Accounts.Contracts;
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
/// revalidation. The check is one primary-key read of two columns, remembered for up to
/// <see cref="SessionStamps.Fresh"/> by <see cref="SessionStamps"/> (which every change of a stamp or of the confirmation,
/// on any instance, evicts at its commit; unconfirmed accounts are read every time);
/// Identity's own validator still refreshes the cookie's claims on its usual interval.
/// The same read keeps the "e-mail confirmed" claim true to the database: an address confirmed from another
/// browser (or a phone's mail app) counts in this session at its next request, and the cookie is renewed with
/// it, so that every check of a confirmed account (<see cref="Contracts.Policies.ConfirmedAccount"/>,
/// <see cref="Contracts.UserExtensions.HasConfirmedEmail"/>) can trust the claim without signing out and in.
/// </summary>
internal static class SessionStampCheck
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var cookieStamp = context.Principal?.FindFirstValue(claimType);
        var current = userId is null ? null : await CurrentAsync(services, userId, context.HttpContext.RequestAborted);
        if (current is null || cookieStamp != current.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        if (context.Principal!.HasConfirmedEmail() != current.EmailConfirmed)
        {
            context.ReplacePrincipal(WithConfirmedEmail(context.Principal!, current.EmailConfirmed));
            context.ShouldRenew = true;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static async Task<SessionStamps.Entry?> CurrentAsync(IServiceProvider services, string userId, CancellationToken cancellationToken)
    {
        var stamps = services.GetRequiredService<SessionStamps>();
        if (stamps.Find(userId) is { } known)
        {
            return known;
        }
        var generation = stamps.Generation;
        var read = await services.GetRequiredService<IAccountsData>().Users.AsNoTracking()
            .Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.EmailConfirmed }).FirstOrDefaultAsync(cancellationToken);
        if (read is null)
        {
            return null;
        }
        stamps.Remember(userId, read.SecurityStamp, read.EmailConfirmed, generation);
        return new SessionStamps.Entry(read.SecurityStamp, read.EmailConfirmed, Environment.TickCount64);
    }

    private static ClaimsPrincipal WithConfirmedEmail(ClaimsPrincipal principal, bool confirmed)
    {
        var identities = principal.Identities.Select(identity =>
        {
            var copy = identity.Clone();
            foreach (var claim in copy.FindAll(AccountClaimsFactory.EmailConfirmedClaim).ToList())
            {
                copy.RemoveClaim(claim);
            }
            if (confirmed && identity == principal.Identity)
            {
                copy.AddClaim(new Claim(AccountClaimsFactory.EmailConfirmedClaim, "true"));
            }
            return copy;
        });
        return new ClaimsPrincipal(identities);
    }
}
