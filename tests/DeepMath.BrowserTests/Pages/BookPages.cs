using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/events/{slug}/program/book (organizers: the build's state) and /events/{slug}/program/book.pdf refused (why).</summary>
public sealed class BookPages(IPage page)
{
    public async Task OpenStatusAsync(string slug) => await page.GotoAsync($"/events/{slug}/program/book");

    public async Task<string?> StateAsync() => await page.GetByTestId("book-status").GetAttributeAsync("data-state");

    public async Task<string> BuiltAsync() => (await page.GetByTestId("book-built").InnerTextAsync()).Trim();

    public async Task<IResponse?> OpenBookAsync(string slug) => await page.GotoAsync($"/events/{slug}/program/book.pdf");

    public async Task<string> RefusalAsync() => (await page.GetByTestId("book-refused").InnerTextAsync()).Trim();

    public async Task ScreenshotsAsync(string name)
    {
        var shots = Path.Combine(Support.BrowserApp.RepositoryRoot(), ".data", "screenshots");
        Directory.CreateDirectory(shots);
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{name}-{width}.png"), FullPage = true });
        }
    }
}
