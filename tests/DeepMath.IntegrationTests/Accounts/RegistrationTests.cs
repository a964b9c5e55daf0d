using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Accounts;

[Collection(AppCollection.Name)]
public sealed class RegistrationTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registering_sends_a_real_confirmation_mail_whose_link_confirms_the_account()
    {
        using var session = app.NewSession();
        var registered = await session.RegisterAsync("Grace Hopper", "grace@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        Assert.Equal(1, await app.DeliverMailAsync());
        var mail = Assert.Single(app.Smtp.To("grace@example.org"));
        Assert.Equal("DeepMath: confirm your e-mail address", mail.Subject);
        var link = MailLinks.Find(mail, "/account/confirm");

        var (status, html) = await session.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("grace@example.org is confirmed", html);

        // The link works once: a second use fails with an explanation, not an error page.
        var (_, again) = await session.GetAsync(link.Replace("code=", "code=x", StringComparison.Ordinal));
        Assert.Contains("invalid or has expired", again);

        using var fresh = app.NewSession();
        var login = await fresh.LoginAsync("grace@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var (_, home) = await fresh.GetAsync("/");
        Assert.Contains("Grace Hopper", home);
        Assert.Contains("Sign out", home);
    }

    [Fact]
    public async Task The_first_use_of_a_confirmation_link_signs_its_browser_in_and_a_later_use_only_confirms()
    {
        using var session = app.NewSession();
        await session.RegisterOnlyAsync("Ada Lovelace", "ada@example.org", TestData.Password);
        Assert.Equal(1, await app.DeliverMailAsync());
        var link = MailLinks.Find(Assert.Single(app.Smtp.To("ada@example.org")), "/account/confirm");
        Assert.DoesNotContain("Sign out", (await session.GetAsync("/")).Html); // registering does not sign in

        var (_, html) = await session.GetAsync(link);
        Assert.Contains("ada@example.org is confirmed, and you are signed in", html);
        var (_, home) = await session.GetAsync("/");
        Assert.Contains("Ada Lovelace", home);
        Assert.Contains("Sign out", home);

        // The same link in another browser later: the address stays confirmed, and nobody is signed in by it.
        using var other = app.NewSession();
        var (_, later) = await other.GetAsync(link);
        Assert.DoesNotContain("you are signed in", later);
        Assert.DoesNotContain("Sign out", (await other.GetAsync("/")).Html);
    }

    [Fact]
    public async Task An_unconfirmed_account_cannot_submit_and_a_confirmed_one_can()
    {
        var (_, call) = await app.CreateEventAsync();
        await app.CreateUserAsync("unconfirmed@example.org", confirmed: false);
        await app.CreateUserAsync("confirmed@example.org", confirmed: true);
        var form = $"/calls/{call.Id}/submissions/new";
        var fields = new Dictionary<string, string> { ["Title"] = "Benign overfitting in two layers" };

        using var unconfirmed = app.NewSession();
        await unconfirmed.LoginAsync("unconfirmed@example.org", TestData.Password);
        var refused = await unconfirmed.PostFormAsync(form, fields);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Confirm your e-mail address before you submit", await refused.Content.ReadAsStringAsync());

        using var confirmed = app.NewSession();
        await confirmed.LoginAsync("confirmed@example.org", TestData.Password);
        var accepted = await confirmed.PostFormAsync(form, fields);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var (_, list) = await confirmed.GetAsync("/submissions");
        Assert.Contains("Benign overfitting in two layers", list);

        var (_, unconfirmedList) = await unconfirmed.GetAsync("/submissions");
        Assert.DoesNotContain("Benign overfitting", unconfirmedList);
    }

    [Fact]
    public async Task Forgot_password_mails_a_reset_link_that_sets_a_new_password()
    {
        await app.CreateUserAsync("emmy@example.org");
        using var session = app.NewSession();
        var asked = await session.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "emmy@example.org" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        // An unknown address gets the same answer and no mail.
        var unknown = await session.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@example.org" });
        Assert.Equal(await asked.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());

        await app.DeliverMailAsync();
        var mail = Assert.Single(app.Smtp.Messages);
        var link = MailLinks.Find(mail, "/account/reset-password");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        var reset = await session.PostFormAsync(link, "/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = "emmy@example.org", ["Code"] = query["code"]!, ["Password"] = "a brand new password", ["ConfirmPassword"] = "a brand new password",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var fresh = app.NewSession();
        Assert.Equal(HttpStatusCode.OK, (await fresh.LoginAsync("emmy@example.org", TestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.LoginAsync("emmy@example.org", "a brand new password")).StatusCode);
    }

    [Fact]
    public async Task Changing_password_and_email_work_for_the_signed_in_user()
    {
        await app.CreateUserAsync("sofia@example.org");
        using var session = app.NewSession();
        await session.LoginAsync("sofia@example.org", TestData.Password);

        var wrong = await session.PostFormAsync("/account/manage", "/account/manage/password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = "not my password", ["Password.NewPassword"] = "another long password",
        });
        Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync());
        var changed = await session.PostFormAsync("/account/manage", "/account/manage/password", new Dictionary<string, string>
        {
            ["Password.CurrentPassword"] = TestData.Password, ["Password.NewPassword"] = "another long password",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var email = await session.PostFormAsync("/account/manage", "/account/manage/email", new Dictionary<string, string> { ["ChangeEmail.NewEmail"] = "sofia@uni.example" });
        Assert.Equal(HttpStatusCode.Redirect, email.StatusCode);
        await app.DeliverMailAsync();
        var mail = Assert.Single(app.Smtp.To("sofia@uni.example"));
        var (_, confirmed) = await session.GetAsync(MailLinks.Find(mail, "/account/manage/email/confirm"));
        Assert.Contains("Your e-mail address is now sofia@uni.example", confirmed);

        using var fresh = app.NewSession();
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.LoginAsync("sofia@uni.example", "another long password")).StatusCode);
    }
}
