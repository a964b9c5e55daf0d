using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

public sealed record RankedRow(string Rank, string Number, string Calibrated, string Now, string Becomes);

/// <summary>/calls/{id}/decisions/top: how many talks and posters, a preview, and recording exactly the preview.</summary>
public sealed partial class TopRankedPage(IPage page)
{
    public async Task PreviewAsync(int talks, int posters)
    {
        await page.GetByLabel("Talks (N)").FillAsync(talks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Posters (M)").FillAsync(posters.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Preview" }));
    }

    public async Task<IReadOnlyList<RankedRow>> PlanAsync()
    {
        var rows = new List<RankedRow>();
        foreach (var row in await page.GetByTestId("top-preview").Locator("tbody tr").AllAsync())
        {
            var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
            rows.Add(new RankedRow(cells[0], cells[1], cells[3], cells[6], cells[7]));
        }
        return rows;
    }

    /// <summary>Presses "Record these N decisions" and waits for the decision table it leads back to.</summary>
    public async Task<DecisionsPage> RecordAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { NameRegex = RecordButton() }));
        await page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Decisions on the "), Level = 1 }).WaitForAsync();
        return new DecisionsPage(page);
    }

    [GeneratedRegex(@"^Record these \d+ decisions$")]
    private static partial Regex RecordButton();
}
