using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/account/register.</summary>
public sealed class RegisterPage(IPage page)
{
    public async Task RegisterAsync(string name, string email, string password)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Repeat the password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // Either the next page or the form again with its errors.
        await page.Locator("h1:has-text('Check your e-mail'), .validation-summary-errors").First.WaitForAsync();
        if (!page.Url.EndsWith("/account/register/done", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Registration did not go through; the page at {page.Url} says: {await page.InnerTextAsync("main")}");
        }
    }
}
