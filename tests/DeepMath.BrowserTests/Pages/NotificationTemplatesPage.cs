using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/calls/{id}/decisions/templates: one template per outcome and its preview for a chosen abstract.</summary>
public sealed class NotificationTemplatesPage(IPage page)
{
    public async Task ChooseOutcomeAsync(string label)
    {
        await page.ClickAndWaitForDocumentAsync(page.Locator(".nav-tabs").GetByRole(AriaRole.Link, new() { Name = label, Exact = true }));
        await page.GetByRole(AriaRole.Heading, new() { Name = "Notification templates", Level = 1 }).WaitForAsync();
    }

    public async Task PreviewForAsync(int number)
    {
        await page.GetByLabel("Preview for abstract number").FillAsync(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }));
    }

    public async Task<string> PreviewHeadingAsync() => (await page.GetByTestId("preview").Locator("h2").InnerTextAsync()).Trim();

    public async Task<string> PreviewSubjectAsync() => (await page.GetByTestId("preview-subject").InnerTextAsync()).Trim();

    /// <summary>The "To:" and "Subject:" lines and the text, as the preview shows them.</summary>
    public async Task<string> PreviewTextAsync() => (await page.GetByTestId("preview").InnerTextAsync()).Trim();

    public async Task<IReadOnlyList<string>> ErrorsAsync() =>
        await page.GetByTestId("template-errors").CountAsync() == 0 ? [] : [.. (await page.GetByTestId("template-errors").Locator("li").AllInnerTextsAsync()).Select(e => e.Trim())];
}
