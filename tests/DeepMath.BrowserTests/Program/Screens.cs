using DeepMath.BrowserTests.Support;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Program;

/// <summary>Full-page screenshots of the current page at desktop and phone widths, under .data/screenshots, to look at.</summary>
internal static class Screens
{
    public static async Task TakeAsync(IPage page, string name)
    {
        var shots = Path.Combine(BrowserApp.RepositoryRoot(), ".data", "screenshots");
        Directory.CreateDirectory(shots);
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{name}-{width}.png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(1280, 900);
    }
}
