using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Accounts;

[Collection(AppCollection.Name)]
public sealed partial class TwoFactorTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_authenticator_app_turns_on_two_factor_sign_in_and_is_then_required()
    {
        await app.CreateUserAsync("tess@example.org");
        using var session = app.NewSession();
        await session.LoginAsync("tess@example.org", TestData.Password);
        var (_, page) = await session.GetAsync("/account/manage/2fa");
        var key = KeyPattern().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(key));

        var wrong = await session.PostFormAsync("/account/manage/2fa", "/account/manage/2fa/enable", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());
        var enabled = await session.PostFormAsync("/account/manage/2fa", "/account/manage/2fa/enable",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var recovery = await enabled.Content.ReadAsStringAsync();
        Assert.Contains("Two-factor sign-in is on", recovery);

        using var fresh = app.NewSession();
        var password = await fresh.LoginAsync("tess@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/account/login/2fa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (status, _) = await fresh.GetAsync("/account/manage");
        Assert.Equal(HttpStatusCode.Redirect, status); // not signed in until the second factor

        var second = await fresh.PostFormAsync(password.Headers.Location.OriginalString, "/account/login/2fa",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow), ["RememberMe"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/account/manage")).Status);
    }

    [GeneratedRegex("data-testid=\"shared-key\">([a-z0-9 ]+)<")]
    private static partial Regex KeyPattern();
}
