using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>
/// /calls/{id}/bidding: the blinded list of a call's abstracts, a bid on each. With JavaScript a chosen bid is
/// saved by fetch and the form's status line says so; nothing reloads.
/// </summary>
public sealed class BiddingPage(IPage page)
{
    private ILocator Abstract(int number) => page.Locator($"article[data-number='{number}']");

    private ILocator Select(int number) => page.GetByLabel($"Bid on submission {number}", new() { Exact = true });

    public async Task<IReadOnlyList<string>> HeadingsAsync() =>
        [.. (await page.Locator("article[data-number] h2").AllInnerTextsAsync()).Select(h => h.Trim())];

    /// <summary>
    /// Chooses <paramref name="label"/> ("Eager (2)") for abstract <paramref name="number"/>, waits until the form
    /// says it is saved, and returns the JSON the server answered, so that the test can read what the browser got.
    /// </summary>
    public async Task<string> BidAsync(int number, string label)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => Select(number).SelectOptionAsync(new SelectOptionValue { Label = label }),
            r => r.Request.Method == "POST" && r.Request.ResourceType == "fetch");
        var json = await response.TextAsync();
        await Assertions.Expect(Abstract(number).Locator("[data-bid-status]")).ToHaveTextAsync($"Saved: {label}");
        return json;
    }

    /// <summary>The bid the select shows for abstract <paramref name="number"/>: "— no bid —" or the bid's label.</summary>
    public async Task<string> BidOfAsync(int number) => (await Select(number).EvaluateAsync<string>("s => s.options[s.selectedIndex].text")).Trim();

    public async Task ReloadAsync()
    {
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Bidding", Level = 1 }).WaitForAsync();
    }
}
