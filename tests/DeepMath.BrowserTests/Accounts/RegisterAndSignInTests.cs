using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Accounts.Login;

namespace DeepMath.BrowserTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class RegisterAndSignInTests(BrowserApp app)
{
    private const string Password = "a long browser password";

    [Fact]
    public async Task A_newcomer_registers_confirms_through_the_mail_signs_in_and_opens_deepmath_2025()
    {
        var page = await app.NewPageAsync();
        var broken = new BrokenResources(page);
        var register = new RegisterPage(page);
        await register.RegisterAsync("Hedy Lamarr", "hedy@example.org", Password);
        Assert.Equal("Check your e-mail", await register.HeadingAsync());

        var mail = await app.WaitForMailAsync("hedy@example.org");
        var link = MailLinks.Find(mail, "/account/confirm");
        Assert.Contains(app.BaseUrl + "/account/confirm", mail.TextBody, StringComparison.Ordinal);
        await page.GotoAsync(app.BaseUrl + link);
        Assert.Contains("hedy@example.org is confirmed", await page.InnerTextAsync("main"));

        var nav = new NavBar(page);
        await nav.SignOutAsync();
        await new LoginPage(page).SignInAsync("hedy@example.org", Password);
        Assert.Equal("Hedy Lamarr", await nav.AccountNameAsync());

        var eventPage = new EventPage(page);
        await eventPage.OpenAsync("deepmath-2025");
        Assert.True(await eventPage.ClockBannerVisibleAsync(), "The demo clock banner is not shown.");
        Assert.Contains("2025-08-20 12:00 UTC", await eventPage.ClockBannerTextAsync());
        var dates = await eventPage.ImportantDatesAsync();
        Assert.Contains(new DateRow("Submission deadline", "2025-08-31", "open — closes in 11 days"), dates);
        Assert.Contains(dates, d => d.Date == "2025-07-01");
        Assert.Contains(dates, d => d.Date == "2025-10-01");
        Assert.Contains("America/New_York", await eventPage.DatesNoteAsync());
        Assert.Empty(broken.All);

        var file = await eventPage.ScreenshotAsync(Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots", "deepmath-2025.png"));
        Assert.True(file.Length > 20_000, $"The screenshot {file.FullName} has only {file.Length} bytes.");
    }

    [Fact]
    public async Task Html_in_a_name_is_shown_as_text_and_never_runs()
    {
        var page = await app.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        const string name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        await new RegisterPage(page).RegisterAsync(name, "markup@example.org", Password);
        await page.GotoAsync("/account/manage");
        var nav = new NavBar(page);
        Assert.Equal(name, await nav.AccountNameAsync());
        Assert.Equal(0, await nav.ElementsInAccountNameAsync());
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Signing_in_works_without_javascript_and_a_wrong_password_gets_the_generic_message()
    {
        var page = await app.NewPageAsync(javaScript: false);
        await new RegisterPage(page).RegisterAsync("Grace Hopper", "grace@example.org", Password);
        var nav = new NavBar(page);
        await nav.SignOutAsync();

        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SubmitAsync("grace@example.org", "not the password");
        Assert.Equal(LoginController.InvalidMessage, (await login.ErrorTextAsync()).Trim());
        await login.SubmitAsync("nobody@example.org", "not the password");
        Assert.Equal(LoginController.InvalidMessage, (await login.ErrorTextAsync()).Trim());

        await login.SubmitAsync("grace@example.org", Password);
        Assert.Equal("Grace Hopper", await nav.AccountNameAsync());
    }
}
