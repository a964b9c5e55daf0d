using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/calls/{id}/assignments: the organizer's view of who reviews what, the way to the automatic assignment, and the log.</summary>
public sealed class AssignmentsPage(IPage page)
{
    public async Task OpenAsync(Guid callId)
    {
        await page.GotoAsync($"/calls/{callId}/assignments");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Assignments", Level = 1 }).WaitForAsync();
    }

    /// <summary>The reviewers of abstract <paramref name="number"/> as the table shows them, "Rita Reviewer (eager (2))", and the count "1 / 1".</summary>
    public async Task<(IReadOnlyList<string> Reviewers, string Count)> RowAsync(int number)
    {
        var row = page.GetByTestId("assignments").Locator($"tr[data-number='{number}']");
        var names = await row.Locator("td").Nth(2).Locator("form span").AllInnerTextsAsync();
        return ([.. names.Select(n => n.Trim())], (await row.Locator("td").Nth(3).InnerTextAsync()).Trim());
    }

    public async Task<string?> StatusAsync() =>
        await page.Locator("main [role=status].alert-success").CountAsync() == 0 ? null : (await page.Locator("main [role=status].alert-success").InnerTextAsync()).Trim();

    /// <summary>The log's rows as (change, pairs).</summary>
    public async Task<IReadOnlyList<(string Change, string Pairs)>> LogAsync()
    {
        var rows = new List<(string, string)>();
        foreach (var row in await page.GetByTestId("assignment-log").Locator("tbody tr").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            rows.Add((cells[1].Trim(), cells[2].Trim()));
        }
        return rows;
    }

    public async Task<AssignmentPreviewPage> PreviewAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Preview automatic assignment" }));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Automatic assignment: preview", Level = 1 }).WaitForAsync();
        return new AssignmentPreviewPage(page);
    }
}
