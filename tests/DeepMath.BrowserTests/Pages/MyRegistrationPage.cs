using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/events/{slug}/registration: the attendee's own registration, its ticket and letter.</summary>
public sealed class MyRegistrationPage(IPage page)
{
    public async Task OpenAsync(string slug) => await page.GotoAsync($"/events/{slug}/registration");

    public async Task<string?> StatusAsync() =>
        await page.Locator("main [role=status].alert-success").CountAsync() == 0 ? null : (await page.Locator("main [role=status].alert-success").InnerTextAsync()).Trim();

    public async Task<string> StateAsync() => (await page.GetByTestId("registration-state").InnerTextAsync()).Trim();

    /// <summary>The value beside a term of the registration's description list.</summary>
    public async Task<string> DetailAsync(string term) =>
        (await page.GetByTestId("registration").Locator($"dt:text-is('{term}') + dd").InnerTextAsync()).Trim();

    public async Task<IDownload> DownloadBookAsync() =>
        await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-book").ClickAsync());

    public async Task<IDownload> DownloadTicketAsync() =>
        await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-ticket").ClickAsync());
}
