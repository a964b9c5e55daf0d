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
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Either signed in (the account name in the navigation) or the form again with its message.
        await page.Locator("[data-testid=account-name], .validation-summary-errors").First.WaitForAsync();
    }

    public Task<string> ErrorTextAsync() => page.GetByRole(AriaRole.Alert).InnerTextAsync();

    public async Task SignOutAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).WaitForAsync();
    }

    public Task<string> AccountNameAsync() => page.GetByTestId("account-name").InnerTextAsync();
}
