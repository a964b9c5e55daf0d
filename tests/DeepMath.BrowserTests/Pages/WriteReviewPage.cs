using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/calls/{id}/assigned/{number}/review: the review form; its buttons post, and the page comes back with a status or the errors.</summary>
public sealed class WriteReviewPage(IPage page)
{
    /// <summary>Chooses <paramref name="value"/> on the scale labelled "<paramref name="criterion"/> (min–max)".</summary>
    public Task ScoreAsync(string criterion, int value) =>
        page.GetByLabel(new Regex("^" + Regex.Escape(criterion) + @" \(\d+–\d+\)$")).SelectOptionAsync(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task CommentToAuthorsAsync(string text) => page.GetByLabel("Comments to the authors").FillAsync(text);

    public Task CommentToOrganizersAsync(string text) => page.GetByLabel("Confidential comments to the organizers").FillAsync(text);

    public Task SaveDraftAsync() => page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }));

    public Task SubmitAsync() => page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Submit review" }));

    /// <summary>The state line: "Not started.", "Draft saved …" or "Submitted …", with the deadline.</summary>
    public async Task<string> StateAsync() => (await page.GetByTestId("review-state").InnerTextAsync()).Trim();

    public async Task<string?> StatusAsync() =>
        await page.Locator("main [role=status].alert-success").CountAsync() == 0 ? null : (await page.Locator("main [role=status].alert-success").InnerTextAsync()).Trim();

    public async Task<IReadOnlyList<string>> ErrorsAsync() =>
        [.. (await page.Locator("main .validation-summary-errors li").AllInnerTextsAsync()).Select(e => e.Trim())];

    public Task<bool> CanUpdateAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Update submitted review" }).IsVisibleAsync();
}
