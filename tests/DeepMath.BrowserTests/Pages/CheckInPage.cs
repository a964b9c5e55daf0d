using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/events/{slug}/check-in: the organizers' desk, by pasted token or by name.</summary>
public sealed class CheckInPage(IPage page)
{
    public async Task OpenAsync(string slug) => await page.GotoAsync($"/events/{slug}/check-in");

    public async Task<string> CountAsync() => (await page.GetByTestId("checkin-count").InnerTextAsync()).Trim();

    public async Task PasteTokenAsync(string token)
    {
        await page.GetByLabel("Ticket token (scan the QR code or paste it)").FillAsync(token);
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true }));
    }

    /// <summary>The result's alert class (alert-success, alert-warning, alert-danger) and its text.</summary>
    public async Task<(string Kind, string Text)> ResultAsync()
    {
        var result = page.GetByTestId("checkin-result");
        var classes = (await result.GetAttributeAsync("class"))!.Split(' ');
        return (classes.Single(c => c.StartsWith("alert-", StringComparison.Ordinal)), (await result.InnerTextAsync()).Trim());
    }
}
