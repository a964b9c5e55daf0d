using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

public sealed record MySubmissionRow(string Number, string Title, string State, string LastChange, string FormatCheck);

/// <summary>/submissions: the signed-in author's own submissions.</summary>
public sealed class MySubmissionsPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/submissions");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your submissions", Level = 1 }).WaitForAsync();
    }

    public async Task<IReadOnlyList<MySubmissionRow>> RowsAsync()
    {
        var rows = new List<MySubmissionRow>();
        foreach (var row in await page.GetByTestId("my-submissions").Locator("tbody tr").AllAsync())
        {
            var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
            rows.Add(new MySubmissionRow(cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        return rows;
    }
}
