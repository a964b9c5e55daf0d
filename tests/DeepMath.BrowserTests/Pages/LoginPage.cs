using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/account/login.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
    }

    public Task<string> ErrorTextAsync() => page.GetByRole(AriaRole.Alert).InnerTextAsync();

    public async Task SignOutAsync()
    {
        await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync());
    }

    public Task<string> AccountNameAsync() => page.GetByTestId("account-name").InnerTextAsync();
}
