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

    /// <summary>The Decision column of the row titled <paramref name="title"/>: "not yet", or the sent outcome as a link.</summary>
    public async Task<string> DecisionOfAsync(string title) =>
        (await RowOf(title).Locator("td").Nth(5).InnerTextAsync()).Trim();

    /// <summary>Follows the sent decision's link in the row titled <paramref name="title"/>.</summary>
    public async Task<AuthorDecisionPage> OpenDecisionAsync(string title)
    {
        await page.ClickAndWaitForDocumentAsync(RowOf(title).GetByTestId("sent-decision"));
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Abstract \d+: decision$"), Level = 1 }).WaitForAsync();
        return new AuthorDecisionPage(page);
    }

    private ILocator RowOf(string title) =>
        page.GetByTestId("my-submissions").Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });
}
