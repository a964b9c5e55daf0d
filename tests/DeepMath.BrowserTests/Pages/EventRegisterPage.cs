using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Pages;

/// <summary>/events/{slug}/register: an attendee's registration form (not the account's, see <see cref="RegisterPage"/>).</summary>
public sealed class EventRegisterPage(IPage page)
{
    public async Task OpenAsync(string slug) => await page.GotoAsync($"/events/{slug}/register");

    public async Task<string> HeadingAsync() => (await page.Locator("main h1").InnerTextAsync()).Trim();

    public async Task ChooseTicketTypeAsync(string name) =>
        await page.GetByRole(AriaRole.Radio, new() { Name = name }).CheckAsync();

    public async Task FillAsync(string badgeName, string affiliation, string country, string careerStage)
    {
        await page.GetByLabel("Name on the badge", new() { Exact = true }).FillAsync(badgeName);
        await page.GetByLabel("Affiliation", new() { Exact = true }).FillAsync(affiliation);
        await page.GetByLabel("Country", new() { Exact = true }).FillAsync(country);
        await page.GetByLabel("Career stage", new() { Exact = true }).SelectOptionAsync(careerStage);
    }

    public async Task<MyRegistrationPage> RegisterAsync()
    {
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }));
        return new MyRegistrationPage(page);
    }
}
