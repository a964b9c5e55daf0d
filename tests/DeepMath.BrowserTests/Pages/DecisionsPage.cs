using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

public sealed record DecisionRow(string Number, string Title, string Calibrated, string Decision);

/// <summary>/calls/{id}/decisions: the organizer's decision table, sorted by a column's link.</summary>
public sealed class DecisionsPage(IPage page)
{
    public async Task OpenAsync(Guid callId)
    {
        await page.GotoAsync($"/calls/{callId}/decisions");
        await WaitAsync();
    }

    /// <summary>Clicks the column's heading link, as the organizer would to sort by it.</summary>
    public async Task SortByAsync(string column)
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByTestId("decision-table").Locator("thead").GetByRole(AriaRole.Link, new() { Name = column }));
        await WaitAsync();
    }

    /// <summary>The column headings that carry a sort mark, "Calibrated ▼".</summary>
    public async Task<IReadOnlyList<string>> SortedHeadingsAsync() =>
        [.. (await page.GetByTestId("decision-table").Locator("thead a").AllInnerTextsAsync()).Select(h => h.Trim()).Where(h => h.EndsWith('▼') || h.EndsWith('▲'))];

    /// <summary>The rows top to bottom; the calibrated score without the disagreement mark.</summary>
    public async Task<IReadOnlyList<DecisionRow>> RowsAsync()
    {
        var rows = new List<DecisionRow>();
        foreach (var row in await page.GetByTestId("decision-table").Locator("tbody tr").AllAsync())
        {
            var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
            var calibrated = (await row.GetByTestId("calibrated").InnerTextAsync()).Replace("⚠", string.Empty, StringComparison.Ordinal).Trim();
            rows.Add(new DecisionRow(cells[1], cells[2], calibrated, (await row.GetByTestId("decision").InnerTextAsync()).Trim()));
        }
        return rows;
    }

    public async Task<string?> StatusAsync() =>
        await page.Locator("main [role=status].alert-success").CountAsync() == 0 ? null : (await page.Locator("main [role=status].alert-success").InnerTextAsync()).Trim();

    public async Task<TopRankedPage> OpenTopRankedAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Top N as talks, next M as posters…" }));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Accept the top N as talks and the next M as posters", Level = 1 }).WaitForAsync();
        return new TopRankedPage(page);
    }

    public async Task<NotificationTemplatesPage> OpenTemplatesAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Notification templates" }));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Notification templates", Level = 1 }).WaitForAsync();
        return new NotificationTemplatesPage(page);
    }

    public async Task<NotifyPage> OpenNotifyAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Notifications \(\d+ awaiting sending\)$") }));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Notify the authors", Level = 1 }).WaitForAsync();
        return new NotifyPage(page);
    }

    private Task WaitAsync() => page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Decisions on the "), Level = 1 }).WaitForAsync();
}
