using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>One finding of the format check, as the report lists it.</summary>
public sealed record ReportFinding(string Kind, string Code, string Text);

/// <summary>
/// The submission form: /calls/{id}/submissions/new before the first save, /submissions/{id} after.
/// Its buttons post the whole form; the page that comes back shows either a status message (saved,
/// submitted) or the list of errors, so a click waits for one of those on the next page.
/// </summary>
public sealed class SubmissionEditPage(IPage page)
{
    private const string Outcome = "main [role=status].alert-success, main .validation-summary-errors";

    public async Task FillAsync(string title, string abstractText)
    {
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Text abstract").FillAsync(abstractText);
    }

    /// <summary>Fills the author row <paramref name="number"/> (1 is the presenting author).</summary>
    public async Task FillAuthorAsync(int number, string name, string email, string affiliation, string country)
    {
        await page.GetByLabel($"Author {number} name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel($"Author {number} e-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel($"Author {number} affiliation", new() { Exact = true }).FillAsync(affiliation);
        await page.GetByLabel($"Author {number} country", new() { Exact = true }).FillAsync(country);
    }

    public Task<string> AuthorNameAsync(int number) => page.GetByLabel($"Author {number} name", new() { Exact = true }).InputValueAsync();

    public Task<string> AuthorEmailAsync(int number) => page.GetByLabel($"Author {number} e-mail", new() { Exact = true }).InputValueAsync();

    /// <summary>Ticks topics and disciplines by their labels (the two lists do not share a label).</summary>
    public async Task TickAsync(params string[] labels)
    {
        foreach (var label in labels)
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true }).CheckAsync();
        }
    }

    public Task ChoosePdfAsync(string path) => page.Locator("input[type=file][name=Pdf]").SetInputFilesAsync(path);

    public Task SaveDraftAsync() => PressAsync("Save draft");

    public Task SubmitAsync() => PressAsync("Submit");

    /// <summary>The errors the form came back with, one per item; empty when it was accepted.</summary>
    public async Task<IReadOnlyList<string>> ErrorsAsync() =>
        [.. (await page.Locator("main .validation-summary-errors li").AllInnerTextsAsync()).Select(e => e.Trim())];

    public async Task<string?> StatusAsync() =>
        await page.Locator("main [role=status].alert-success").CountAsync() == 0 ? null : (await page.Locator("main [role=status].alert-success").InnerTextAsync()).Trim();

    public Task<string> HeadingAsync() => page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

    /// <summary>"draft", "submitted" or "withdrawn", from the state line of a saved submission.</summary>
    public async Task<string> StateAsync() => (await page.GetByTestId("submission-state").Locator("strong").InnerTextAsync()).Trim();

    public ILocator Report => page.GetByTestId("check-report");

    public Task<string> ReportTitleAsync() => Report.Locator("#check-report-title").InnerTextAsync();

    public Task<bool> ReportPassedAsync() => Report.GetByTestId("check-passed").IsVisibleAsync();

    public Task<string> ReportSummaryAsync() => Report.Locator("[data-testid=check-passed], [data-testid=check-failed]").InnerTextAsync();

    public async Task<IReadOnlyList<ReportFinding>> FindingsAsync()
    {
        var findings = new List<ReportFinding>();
        foreach (var item in await Report.Locator("li[data-code]").AllAsync())
        {
            var text = (await item.InnerTextAsync()).Trim();
            findings.Add(new ReportFinding(text.Split(' ', 2)[0], (await item.GetAttributeAsync("data-code"))!, text));
        }
        return findings;
    }

    /// <summary>The PDF versions table: (version, check, SHA-256) per row, newest first as the page lists them.</summary>
    public async Task<IReadOnlyList<(string Version, string Check, string Sha256)>> VersionsAsync()
    {
        var rows = new List<(string, string, string)>();
        foreach (var row in await page.GetByTestId("pdf-versions").Locator("tbody tr").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            // The page shows the hash's first 12 characters; the whole hash is on hover (the title).
            var shown = cells[3].Trim().TrimEnd('…');
            var full = (await row.Locator("td").Nth(3).Locator("code").GetAttributeAsync("title") ?? string.Empty).Replace("SHA-256 ", string.Empty, StringComparison.Ordinal);
            rows.Add((cells[0].Trim(), cells[2].Trim(), full.StartsWith(shown, StringComparison.Ordinal) && shown.Length == 12 ? full : $"shown {shown}, title {full}"));
        }
        return rows;
    }

    public Task<bool> SubmitButtonVisibleAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).IsVisibleAsync();

    public string Url => page.Url;

    private async Task PressAsync(string button)
    {
        // Mark the page on screen, so the wait below can only be satisfied by the page that comes back.
        await page.EvaluateAsync("() => document.documentElement.setAttribute('data-test-left', '')");
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.Locator($"html:not([data-test-left])").Locator(Outcome).First.WaitForAsync();
    }
}
