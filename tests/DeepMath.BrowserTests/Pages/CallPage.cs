using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/events/{slug}/calls/{id}: a call, with its state and the way into a new submission.</summary>
public sealed class CallPage(IPage page)
{
    public Task<string> StateAsync() => page.GetByTestId("call-state").InnerTextAsync();

    /// <summary>Follows "Start a submission" and waits for the empty submission form.</summary>
    public async Task<SubmissionEditPage> StartSubmissionAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a submission" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "New submission", Level = 1 }).WaitForAsync();
        return new SubmissionEditPage(page);
    }
}
