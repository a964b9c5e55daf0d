using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/events/{slug}/program: the released program, a session's page, and "my schedule".</summary>
public sealed class PublicProgramPage(IPage page)
{
    public async Task OpenFromEventPageAsync(string slug)
    {
        await page.GotoAsync($"/events/{slug}");
        await page.ClickAndWaitForDocumentAsync(page.GetByTestId("program-link"));
    }

    public Task<string> ZoneAsync() => page.GetByTestId("program-zone").InnerTextAsync();

    /// <summary>Side by side: the left edges of two visible sessions differ and their tops agree.</summary>
    public async Task<(float LeftA, float TopA, float LeftB, float TopB)> PositionsAsync(string titleA, string titleB)
    {
        var a = (await Visible(titleA).BoundingBoxAsync())!;
        var b = (await Visible(titleB).BoundingBoxAsync())!;
        return (a.X, a.Y, b.X, b.Y);
    }

    /// <summary>How much wider than the window the page is (0 when nothing sticks out).</summary>
    public async Task<int> OverflowAsync() =>
        await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

    /// <summary>Stars a session and waits for the program again (at the day's anchor, which the shared click helper's URL match does not expect).</summary>
    public async Task StarAsync(string sessionTitle)
    {
        await page.RunAndWaitForResponseAsync(
            () => Visible(sessionTitle).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Star") }).ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Frame == page.MainFrame && r.Status == 200);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    public Task<string> StarStateAsync(string sessionTitle) => Visible(sessionTitle).Locator("button.star-button").InnerTextAsync();

    public async Task OpenMyScheduleAsync() => await page.ClickAndWaitForDocumentAsync(page.GetByTestId("my-schedule-link"));

    public Task<string> MyScheduleTextAsync() => page.GetByTestId("my-schedule").InnerTextAsync();

    public Task<IDownload> DownloadMyScheduleAsync() => page.RunAndWaitForDownloadAsync(() => page.GetByTestId("my-schedule-ics").ClickAsync());

    public async Task ScreenshotAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    private ILocator Visible(string title) =>
        page.Locator("article.program-session:visible", new() { Has = page.Locator(".session-title", new() { HasText = title }) }).First;
}
