using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Authorization;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authorization;

namespace DeepMath.UnitTests.Modules.Accounts.Authorization;

public sealed class SiteAdminRequirementTests
{
    [Theory]
    [InlineData(true, true, false, false)] // Production: an admin signed in with a password only is refused
    [InlineData(true, true, true, true)] // Production: an admin signed in with two factors passes
    [InlineData(false, true, false, true)] // elsewhere the role is enough
    [InlineData(true, false, true, false)] // never without the role
    [InlineData(false, false, false, false)]
    public async Task Admins_need_two_factors_where_required(bool requireTwoFactor, bool isAdmin, bool twoFactor, bool expected)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "u1") };
        if (isAdmin)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.SiteAdmin));
        }
        if (twoFactor)
        {
            claims.Add(new Claim("amr", "mfa"));
        }
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
        var requirement = new SiteAdminRequirement(requireTwoFactor);
        var context = new AuthorizationHandlerContext([requirement], user, null);
        await requirement.HandleAsync(context);
        Assert.Equal(expected, context.HasSucceeded);
    }
}
