using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/account/login.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/account/login");

    /// <summary>Fills the form and sends it; the page is then wherever the server sent the browser.</summary>
    public async Task SubmitAsync(string email, string password)
    {
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
    }

    public async Task SignInAsync(string email, string password)
    {
        await OpenAsync();
        await SubmitAsync(email, password);
        if (new Uri(page.Url).AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in as {email} failed; the page says: {await page.InnerTextAsync("main")}");
        }
    }

    public Task<string> ErrorTextAsync() => page.GetByRole(AriaRole.Alert).InnerTextAsync();
}
