using Microsoft.Extensions.DependencyInjection;
using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Accounts.Login;

namespace DeepMath.IntegrationTests.Accounts;

[Collection(AppCollection.Name)]
public sealed class BadInputTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("not-an-email", "is not a valid e-mail address")]
    [InlineData("two@@example.org", "is not a valid e-mail address")]
    [InlineData("", "Enter your e-mail address.")]
    public async Task A_malformed_email_is_refused_with_a_message_and_nothing_is_saved(string email, string message)
    {
        using var session = app.NewSession();
        var response = await session.RegisterAsync("Ada Lovelace", email, TestData.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(message), await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithScopeAsync(s => Task.FromResult(s.GetRequiredService<Web.Infrastructure.Database.DeepMathDbContext>().Users.Count())));
    }

    [Fact]
    public async Task Overlong_fields_are_refused_with_the_limit_named()
    {
        using var session = app.NewSession();
        var response = await session.RegisterAsync(new string('x', 101), "long@example.org", TestData.Password);
        Assert.Contains("Your name can have at most 100 characters.", await response.Content.ReadAsStringAsync());
        var password = await session.RegisterAsync("Ada", "short@example.org", "short");
        Assert.Contains("Choose a password of 10 to 128 characters.", await password.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Html_in_a_name_is_shown_escaped()
    {
        using var session = app.NewSession();
        var name = "<script>alert('x')</script><b>Bold</b>";
        Assert.Equal(HttpStatusCode.Redirect, (await session.RegisterAsync(name, "html@example.org", TestData.Password)).StatusCode);
        var (_, html) = await session.GetAsync("/account/manage");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>Bold</b>", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt;", html);
        // The mail escapes it too.
        await app.DeliverMailAsync();
        Assert.DoesNotContain("<script>", Assert.Single(app.Smtp.Messages).HtmlBody);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_generic_message_then_the_account_locks()
    {
        await app.CreateUserAsync("locked@example.org");
        using var session = app.NewSession();
        var unknown = await (await session.LoginAsync("nobody@example.org", TestData.Password)).Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(LoginController.InvalidMessage), unknown);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await session.LoginAsync("locked@example.org", "wrong password " + attempt);
            Assert.Contains(WebUtility.HtmlEncode(LoginController.InvalidMessage), await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await session.LoginAsync("locked@example.org", "wrong password 5");
        Assert.Contains(WebUtility.HtmlEncode(LoginController.LockedMessage), await fifth.Content.ReadAsStringAsync());
        // Locked: even the right password is refused until the lockout ends.
        var right = await session.LoginAsync("locked@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(LoginController.LockedMessage), await right.Content.ReadAsStringAsync());
        // Identity times lockouts with the system clock, not the application's: end it as 15 minutes would.
        await app.WithScopeAsync(async s =>
        {
            var users = s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Modules.Accounts.Domain.AppUser>>();
            var user = await users.FindByEmailAsync("locked@example.org");
            return await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddSeconds(-1));
        });
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync("locked@example.org", TestData.Password)).StatusCode);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/forgot-password")]
    public async Task A_post_without_an_antiforgery_token_is_rejected(string url)
    {
        using var session = app.NewSession();
        var response = await session.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "someone@example.org", ["Password"] = TestData.Password, ["DisplayName"] = "X", ["ConfirmPassword"] = TestData.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form could not be read", await response.Content.ReadAsStringAsync());
    }
}
