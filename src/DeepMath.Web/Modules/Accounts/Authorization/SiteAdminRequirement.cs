using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authorization;

namespace DeepMath.Web.Modules.Accounts.Authorization;

/// <summary>A site admin. In Production the session must also have been opened with a second factor.</summary>
internal sealed class SiteAdminRequirement(bool requireTwoFactor) : IAuthorizationRequirement, IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        var user = context.User;
        // Identity marks a two-factor sign-in with the "amr" claim "mfa".
        var twoFactor = user.HasClaim("amr", "mfa");
        if (user.IsInRole(Roles.SiteAdmin) && (!requireTwoFactor || twoFactor))
        {
            context.Succeed(this);
        }
        return Task.CompletedTask;
    }
}
