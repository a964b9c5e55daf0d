using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/calls/{id}/assigned/{submissionId}: one assigned abstract, its PDF and the way to the review form.</summary>
public sealed class AssignedSubmissionPage(IPage page)
{
    public Task<string> HeadingAsync() => page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

    /// <summary>Follows "Download the PDF" and returns the download, with the file name the server suggested.</summary>
    public Task<IDownload> DownloadPdfAsync() =>
        page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the PDF" }).ClickAsync());

    public async Task<WriteReviewPage> WriteReviewAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Write the review" }));
        await page.GetByTestId("review-state").WaitForAsync();
        return new WriteReviewPage(page);
    }
}
