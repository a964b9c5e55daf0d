using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/calls/{id}/assigned: the abstracts assigned to the signed-in reviewer.</summary>
public sealed class AssignedPage(IPage page)
{
    /// <summary>The table's rows as (number, title).</summary>
    public async Task<IReadOnlyList<(string Number, string Title)>> RowsAsync()
    {
        var rows = new List<(string, string)>();
        foreach (var row in await page.GetByTestId("assigned").Locator("tbody tr").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            rows.Add((cells[0].Trim(), cells[1].Trim()));
        }
        return rows;
    }

    public async Task<AssignedSubmissionPage> OpenAsync(string title)
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByTestId("assigned").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }));
        await page.GetByRole(AriaRole.Link, new() { Name = "Download the PDF" }).WaitForAsync();
        return new AssignedSubmissionPage(page);
    }
}
