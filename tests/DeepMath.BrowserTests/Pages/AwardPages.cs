using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>An organisation's page, the award application form, the application page and the supervisor's upload page.</summary>
public sealed class AwardPages(IPage page)
{
    public async Task OpenOrganisationAsync(string slug) => await page.GotoAsync($"/organisations/{slug}");

    public async Task StartApplicationAsync() =>
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Apply", Exact = true }));

    public async Task FillApplicationAsync(string title, string summary, string affiliation, string supervisor, string supervisorEmail, string thesis, string cv)
    {
        await page.GetByLabel("Title of the thesis").FillAsync(title);
        await page.GetByLabel("Summary (at most 300 words)").FillAsync(summary);
        await page.GetByLabel("Field").SelectOptionAsync("Mathematics");
        await page.GetByLabel("University").FillAsync(affiliation);
        await page.GetByLabel("Supervisor's name").FillAsync(supervisor);
        await page.GetByLabel("Supervisor's e-mail").FillAsync(supervisorEmail);
        await page.SetInputFilesAsync("#thesis", thesis);
        await page.SetInputFilesAsync("#cv", cv);
    }

    public async Task SubmitApplicationAsync() =>
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }));

    /// <summary>The form's error summary, or empty.</summary>
    public async Task<string> ErrorsAsync() =>
        await page.Locator(".alert-danger").CountAsync() > 0 ? await page.Locator(".alert-danger").First.InnerTextAsync() : string.Empty;

    public Task<string> LetterStateAsync() => page.Locator("#letter-state").InnerTextAsync();

    public async Task UploadLetterAsync(string letter)
    {
        await page.SetInputFilesAsync("#letter", letter);
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Upload letter" }));
    }

    public Task<bool> LetterReceivedAsync() => page.Locator("#letter-received").IsVisibleAsync();
}
