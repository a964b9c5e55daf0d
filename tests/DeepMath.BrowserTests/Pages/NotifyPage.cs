using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

public sealed record DeliveryRow(string Number, string Recipient, string Decision, string State);

/// <summary>/calls/{id}/decisions/notify: what awaits sending, the undecided warning, sending now, and the delivery state.</summary>
public sealed class NotifyPage(IPage page)
{
    public async Task OpenAsync(Guid callId)
    {
        await page.GotoAsync($"/calls/{callId}/decisions/notify");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Notify the authors", Level = 1 }).WaitForAsync();
    }

    public async Task<string> AwaitingAsync() => (await page.GetByTestId("awaiting").InnerTextAsync()).Trim();

    public async Task<string?> UndecidedAsync() =>
        await page.GetByTestId("undecided").CountAsync() == 0 ? null : (await page.GetByTestId("undecided").InnerTextAsync()).Trim();

    /// <summary>Presses "Send N now" and waits for this page again.</summary>
    public async Task SendNowAsync(int count)
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Send {count} now", Exact = true }));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Notify the authors", Level = 1 }).WaitForAsync();
    }

    public async Task<string?> StatusAsync() =>
        await page.Locator("main [role=status].alert-success").CountAsync() == 0 ? null : (await page.Locator("main [role=status].alert-success").InnerTextAsync()).Trim();

    public async Task<IReadOnlyList<DeliveryRow>> DeliveriesAsync()
    {
        var rows = new List<DeliveryRow>();
        foreach (var row in await page.GetByTestId("delivery").Locator("tbody tr").AllAsync())
        {
            var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
            rows.Add(new DeliveryRow(cells[0], cells[1], cells[2], cells[3]));
        }
        return rows;
    }
}
