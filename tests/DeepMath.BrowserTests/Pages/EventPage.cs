using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

public sealed record DateRow(string Label, string Date, string State);

/// <summary>/events/{slug}: the event with its Important dates.</summary>
public sealed class EventPage(IPage page)
{
    private ILocator Dates => page.GetByTestId("important-dates");

    public async Task OpenAsync(string slug) => await page.GotoAsync($"/events/{slug}");

    public async Task<IReadOnlyList<DateRow>> ImportantDatesAsync()
    {
        var rows = new List<DateRow>();
        foreach (var row in await Dates.Locator("tbody tr").AllAsync())
        {
            var cells = await row.Locator("th, td").AllInnerTextsAsync();
            rows.Add(new DateRow(cells[0].Trim(), cells[1].Trim(), cells[2].Trim()));
        }
        return rows;
    }

    /// <summary>The line under the dates that names the zone they are in.</summary>
    public Task<string> DatesNoteAsync() => page.Locator("section", new() { Has = Dates }).Locator("p").InnerTextAsync();

    public Task<bool> ClockBannerVisibleAsync() => page.GetByTestId("clock-banner").IsVisibleAsync();

    /// <summary>Follows the link to one of the event's calls and waits for the call page.</summary>
    public async Task<CallPage> OpenCallAsync(string callTitle)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = callTitle, Exact = true }).ClickAsync();
        await page.GetByTestId("call-state").WaitForAsync();
        return new CallPage(page);
    }

    public Task<string> TextAsync() => page.InnerTextAsync("main");

    public Task<string> ClockBannerTextAsync() => page.GetByTestId("clock-banner").InnerTextAsync();

    public async Task<FileInfo> ScreenshotAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return new FileInfo(path);
    }
}
