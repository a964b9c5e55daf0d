using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/account/register, and the "Check your e-mail" page it leads to, signed in from there.</summary>
public sealed class RegisterPage(IPage page)
{
    public async Task RegisterAsync(string name, string email, string password)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Repeat the password").FillAsync(password);
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Create account" }));
        if (new Uri(page.Url).AbsolutePath != "/account/register/done")
        {
            throw new InvalidOperationException($"Registration did not go through; the page at {page.Url} says: {await page.InnerTextAsync("main")}");
        }
        // Registering never signs in (a taken address must get the same answer): sign in as the page
        // invites, and come back to it.
        await page.GotoAsync("/account/login?returnUrl=%2Faccount%2Fregister%2Fdone");
        await new LoginPage(page).SubmitAsync(email, password);
        if (new Uri(page.Url).AbsolutePath != "/account/register/done")
        {
            throw new InvalidOperationException($"Sign-in after registering failed; the page at {page.Url} says: {await page.InnerTextAsync("main")}");
        }
    }

    public Task<string> HeadingAsync() => page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();
}
