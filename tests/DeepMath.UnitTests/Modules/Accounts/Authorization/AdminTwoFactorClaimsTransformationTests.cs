using System.Security.Claims;
using DeepMath.Web.Modules.Accounts.Authorization;
using DeepMath.Web.Modules.Accounts.Contracts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DeepMath.UnitTests.Modules.Accounts.Authorization;

public sealed class AdminTwoFactorClaimsTransformationTests
{
    [Theory]
    [InlineData(true, "Testing", true, false, false)] // required: an admin signed in with a password only is no admin
    [InlineData(true, "Testing", true, true, true)] // required: an admin signed in with two factors is one
    [InlineData(null, "Production", true, false, false)] // Production requires it unless told otherwise
    [InlineData(null, "Development", true, false, true)] // elsewhere the role is enough
    [InlineData(false, "Production", true, false, true)] // an explicit setting wins
    [InlineData(true, "Testing", false, true, false)] // never without the role
    public async Task The_role_counts_only_with_two_factors_where_required(bool? required, string environment, bool isAdmin, bool twoFactor, bool expected)
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
        var transformation = new AdminTwoFactorClaimsTransformation(
            Options.Create(new AccountSecurityOptions { AdminsNeedTwoFactor = required }), new Environment(environment));

        var user = await transformation.TransformAsync(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));

        Assert.Equal(expected, user.IsSiteAdmin());
        Assert.Equal(expected, user.IsInRole(Roles.SiteAdmin));
        Assert.Equal(isAdmin && !expected, user.HasClaim(AdminTwoFactorClaimsTransformation.NeedsTwoFactorClaim, "true"));
        Assert.Equal("u1", user.UserId());
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "DeepMath.Web";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
