using System.Security.Claims;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;

namespace DeepMath.Web.Modules.Accounts.ConfirmEmail;

/// <summary>What a followed confirmation link did: the address confirmed, and whether the browser is now signed in.</summary>
public sealed record Confirmation(string Email, bool SignedIn);

/// <summary>
/// Confirms an address from the link sent to it. The first time a link confirms an account, the browser that
/// followed it is signed in to that account when it is signed in to none: the link just proved the mailbox,
/// which is what a password reset proves too, and it spares a new author a second password check (and the
/// server a second password hash at a deadline). Later uses of a link, and accounts that need a second factor
/// (two-factor on, or a site admin), only confirm.
/// </summary>
public sealed class ConfirmEmailHandler(UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    public async Task<Result<Confirmation>> HandleAsync(string? userId, string? code, ClaimsPrincipal current)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(code))
        {
            return Result<Confirmation>.Invalid("This confirmation link is incomplete. Open the link from the e-mail exactly as it is, or ask for a new one from your account page.");
        }
        var firstUse = !user.EmailConfirmed;
        var result = await users.ConfirmEmailAsync(user, LinkCode.Decode(code));
        if (!result.Succeeded)
        {
            return Result<Confirmation>.Invalid("This confirmation link is invalid or has expired. Sign in and ask for a new one from your account page.");
        }
        if (signIn.IsSignedIn(current))
        {
            if (users.GetUserId(current) == user.Id)
            {
                await signIn.RefreshSignInAsync(user);
            }
            return new Confirmation(user.Email!, false);
        }
        if (firstUse && !user.TwoFactorEnabled && !await users.IsInRoleAsync(user, Roles.SiteAdmin))
        {
            await signIn.SignInAsync(user, isPersistent: false);
            return new Confirmation(user.Email!, true);
        }
        return new Confirmation(user.Email!, false);
    }
}
