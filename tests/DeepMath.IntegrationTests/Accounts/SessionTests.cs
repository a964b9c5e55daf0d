using System.Net;
using DeepMath.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace DeepMath.IntegrationTests.Accounts;

/// <summary>Signing out, resetting and changing the password end every other session of the account at once.</summary>
[Collection(AppCollection.Name)]
public sealed class SessionTests(AppFixture app) : IAsyncLifetime
{
    private const string NewPassword = "a brand new passphrase";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        await app.CreateUserAsync("ada@example.org");
        var jar = new CookieContainer();
        using var session = new WebSession(app.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar)));
        await session.LoginAsync("ada@example.org", TestData.Password);
        var cookie = jar.GetCookies(new Uri("http://localhost"))["deepmath.auth"] ?? throw new InvalidOperationException("No sign-in cookie.");
        using var copy = app.Factory.CreateDefaultClient(new Uri("http://localhost"));
        copy.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/account/manage")).StatusCode);

        using var signedOut = await session.PostFormAsync("/account/manage", "/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var refused = await copy.GetAsync("/account/manage");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/login", refused.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_demo_clock_months_ahead_keeps_the_session()
    {
        await app.CreateUserAsync("sofia@example.org");
        using var session = new WebSession(app.Factory.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(new CookieContainer())));
        await session.LoginAsync("sofia@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/account/manage")).StatusCode);

        // Past the cookie's 14-day lifetime by the conference's clock, a minute by the real one.
        app.Clock.Advance(TimeSpan.FromDays(90));
        using var later = await session.Client.GetAsync("/account/manage");
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task A_second_session_ends_when_the_password_is_reset()
    {
        await app.CreateUserAsync("emmy@example.org");
        using var first = app.NewSession();
        using var second = app.NewSession();
        await first.LoginAsync("emmy@example.org", TestData.Password);
        await second.LoginAsync("emmy@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/account/manage")).Status);

        using var anonymous = app.NewSession();
        await anonymous.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "emmy@example.org" });
        await app.DeliverMailAsync();
        var link = MailLinks.Find(Assert.Single(app.Smtp.To("emmy@example.org")), "/account/reset-password");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://localhost" + link).Query);
        using var reset = await anonymous.PostFormAsync(link, "/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = "emmy@example.org", ["Code"] = query["code"].ToString(), ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/account/manage")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/account/manage")).Status);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        await app.CreateUserAsync("alan@example.org");
        using var here = app.NewSession();
        using var elsewhere = app.NewSession();
        await here.LoginAsync("alan@example.org", TestData.Password);
        await elsewhere.LoginAsync("alan@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/account/manage")).Status);

        using var changed = await here.PostFormAsync("/account/manage", "/account/manage/password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = TestData.Password, ["Password.NewPassword"] = NewPassword, ["Password.ConfirmPassword"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/account/manage")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/account/manage")).Status);
    }
}
