using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.IntegrationTests.Support;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class RegisterAndSignInTests(BrowserApp app)
{
    private const string Password = "a long browser password";

    [Fact]
    public async Task A_newcomer_registers_confirms_through_the_mail_signs_in_and_opens_deepmath_2025()
    {
        var page = await app.NewPageAsync();
        await new RegisterPage(page).RegisterAsync("Hedy Lamarr", "hedy@example.org", Password);
        Assert.Contains("Check your e-mail", await page.InnerTextAsync("main"));

        var mail = await app.WaitForMailAsync("hedy@example.org");
        var link = MailLinks.Find(mail, "/account/confirm");
        await page.GotoAsync(link);
        Assert.Contains("hedy@example.org is confirmed", await page.InnerTextAsync("main"));

        var login = new LoginPage(page);
        await login.SignOutAsync();
        await login.SignInAsync("hedy@example.org", Password);
        Assert.Equal("Hedy Lamarr", await login.AccountNameAsync());

        var eventPage = new EventPage(page);
        await eventPage.OpenAsync("deepmath-2025");
        Assert.True(await eventPage.ClockBannerVisibleAsync());
        var dates = await eventPage.ImportantDatesAsync();
        Assert.Contains(new DateRow("Submissions open", "2025-07-01", "open — closes in 11 days"), dates);
        Assert.Contains(new DateRow("Submission deadline", "2025-08-31", "open — closes in 11 days"), dates);
        Assert.Contains(new DateRow("Notification of decisions", "2025-10-01", "in 41 days"), dates);
        Assert.Contains(new DateRow("Registration deadline", "2025-11-05", "in 77 days"), dates);
        Assert.Contains("America/New_York", await eventPage.TextAsync());

        var folder = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "deepmath-2025.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 20_000, "The screenshot is suspiciously small.");
    }

    [Fact]
    public async Task Html_in_a_name_is_shown_as_text_and_never_runs()
    {
        var page = await app.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        const string name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        await new RegisterPage(page).RegisterAsync(name, "markup@example.org", Password);
        await page.GotoAsync("/account/manage");
        Assert.Equal(name, await new LoginPage(page).AccountNameAsync());
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task A_wrong_password_gets_the_generic_message_without_javascript()
    {
        var page = await app.NewPageAsync(javaScript: false);
        var login = new LoginPage(page);
        await login.SignInAsync("nobody@example.org", "not the password");
        Assert.Contains("The e-mail address or password is not right", await login.ErrorTextAsync());
    }
}
