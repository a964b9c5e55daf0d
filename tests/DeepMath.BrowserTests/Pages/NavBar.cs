using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>The navigation bar every screen shares: who is signed in, and the way out.</summary>
public sealed class NavBar(IPage page)
{
    public Task<string> AccountNameAsync() => page.GetByTestId("account-name").InnerTextAsync();

    /// <summary>How many elements are inside the account name: a name that became markup has some.</summary>
    public Task<int> ElementsInAccountNameAsync() => page.GetByTestId("account-name").Locator("*").CountAsync();

    public async Task SignOutAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
