using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

public static class Navigation
{
    /// <summary>
    /// Clicks <paramref name="target"/> and waits for the document the click leads to: through a
    /// post-redirect-get to the page at the end of it, or to the form rendered again with its errors.
    /// Clicking alone does not wait, and a test that reads the page too soon reads the old one.
    /// </summary>
    public static async Task<IResponse> ClickAndWaitForDocumentAsync(this IPage page, ILocator target)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => target.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        // The document is what the tests read: waiting for the load event as well (every image and style) timed out at
        // 60 s twice in full runs on two busy cores, after the page itself had arrived.
        await page.WaitForURLAsync(response.Url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return response;
    }
}
