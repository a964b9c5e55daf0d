using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

public sealed record ProposedPair(string Number, string Reviewer, string Score);

/// <summary>/calls/{id}/assignments/preview: the solver's plan, saved only when the organizer applies it.</summary>
public sealed partial class AssignmentPreviewPage(IPage page)
{
    public async Task<IReadOnlyList<ProposedPair>> ProposedAsync()
    {
        var pairs = new List<ProposedPair>();
        foreach (var row in await page.GetByTestId("proposed").Locator("tbody tr").AllAsync())
        {
            var cells = (await row.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
            pairs.Add(new ProposedPair(cells[0], cells[1], cells[2]));
        }
        return pairs;
    }

    public async Task<string> EagerHonoredAsync() => (await page.GetByTestId("eager").InnerTextAsync()).Trim();

    public Task<bool> NoShortfallAsync() => page.GetByTestId("shortfalls-none").IsVisibleAsync();

    /// <summary>Presses "Apply these N assignment(s)" and waits for the assignments page it leads back to.</summary>
    public async Task<AssignmentsPage> ApplyAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { NameRegex = ApplyButton() }));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Assignments", Level = 1 }).WaitForAsync();
        return new AssignmentsPage(page);
    }

    [GeneratedRegex(@"^Apply these \d+ assignment\(s\)$")]
    private static partial Regex ApplyButton();
}
