using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>The navigation bar every screen shares: who is signed in, and the way out.</summary>
public sealed class NavBar(IPage page)
{
    public Task<string> AccountNameAsync() => page.GetByTestId("account-name").InnerTextAsync();

    public async Task SignOutAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
