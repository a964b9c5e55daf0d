using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/submissions/{id}/decision: the sent decision, the reviews as "Reviewer 1, 2…", and the acceptance letter.</summary>
public sealed class AuthorDecisionPage(IPage page)
{
    public async Task<string> HeadingAsync() => (await page.Locator("main h1").InnerTextAsync()).Trim();

    public async Task<string> DecisionAsync() => (await page.GetByTestId("decision").InnerTextAsync()).Trim();

    /// <summary>Each review as (label, comments).</summary>
    public async Task<IReadOnlyList<(string Label, string Comments)>> ReviewsAsync()
    {
        var reviews = new List<(string, string)>();
        foreach (var review in await page.GetByTestId("author-review").AllAsync())
        {
            reviews.Add(((await review.Locator("h3").InnerTextAsync()).Trim(), (await review.Locator("p").InnerTextAsync()).Trim()));
        }
        return reviews;
    }

    public async Task<IDownload> DownloadLetterAsync() =>
        await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("letter").ClickAsync());
}
