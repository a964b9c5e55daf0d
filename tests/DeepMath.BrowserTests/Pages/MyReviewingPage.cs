using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/reviewing: the committees the signed-in user is on, with the ways into bidding and the assigned abstracts.</summary>
public sealed class MyReviewingPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/reviewing");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Reviewing", Level = 1 }).WaitForAsync();
    }

    private ILocator Row(string eventTitle) => page.GetByTestId("my-reviewing").Locator("tbody tr", new() { HasText = eventTitle });

    /// <summary>The text of the bidding link ("Bid now" while bidding is open) and of the assigned link ("1 assigned to you").</summary>
    public async Task<(string Bidding, string Assigned)> LinksAsync(string eventTitle)
    {
        var cells = await Row(eventTitle).Locator("td").AllInnerTextsAsync();
        return (cells[3].Trim(), cells[4].Trim());
    }

    public async Task<BiddingPage> OpenBiddingAsync(string eventTitle)
    {
        await page.ClickAndWaitForDocumentAsync(Row(eventTitle).GetByRole(AriaRole.Link, new() { Name = "Bid now" }));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Bidding", Level = 1 }).WaitForAsync();
        return new BiddingPage(page);
    }

    public async Task<AssignedPage> OpenAssignedAsync(string eventTitle)
    {
        await page.ClickAndWaitForDocumentAsync(Row(eventTitle).Locator("td").Nth(4).GetByRole(AriaRole.Link));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Abstracts assigned to you", Level = 1 }).WaitForAsync();
        return new AssignedPage(page);
    }
}
