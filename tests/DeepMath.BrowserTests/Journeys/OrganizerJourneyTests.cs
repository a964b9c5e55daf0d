using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DeepMath.BrowserTests.Journeys;

/// <summary>The demo's organizer writes to the registered attendees (preview, then send: one e-mail each) and undoes a "paid". Sending twice is in EventMessagesTests.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrganizerJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_organizer_previews_a_message_to_the_attendees_sends_it_once_and_undoes_a_payment()
    {
        var passwords = await RolePages.PasswordsAsync(app);
        var shots = RolePages.ScreenshotFolder();
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync("organizer@deepmath.test", passwords["organizer@deepmath.test"]);
        var attendees = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Registrations
            .CountAsync(r => r.State == Web.Modules.Registration.Domain.RegistrationState.Confirmed && r.EventId == s.GetRequiredService<DeepMathDbContext>().Events.Single(e => e.Slug == RolePages.Slug).Id));

        await page.GotoAsync($"/events/{RolePages.Slug}");
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Write to a group" }));
        await page.GetByLabel("Registered attendees (confirmed)").CheckAsync();
        await page.GetByLabel("Subject").FillAsync("Coffee on day two");
        await page.GetByLabel("Message").FillAsync("Coffee is served from 8:30 in the foyer.\n\nSee you there.");
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Preview" }));
        Assert.Equal($"{attendees} people receive this message.", (await page.GetByTestId("recipient-count").InnerTextAsync()).Trim());
        Assert.Contains("Coffee is served from 8:30 in the foyer.", await page.GetByTestId("message-sample").InnerTextAsync());
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"organizer-message-preview-{width}.png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(1280, 900);
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = $"Send to {attendees} people" }));
        Assert.Contains($"on its way to {attendees} people", await page.InnerTextAsync("main"));
        Assert.Equal(attendees, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages
            .CountAsync(m => m.Subject == "DeepMath 2025: Coffee on day two")));

        // A paid registration, marked by mistake: undone, and the history says by whom.
        await page.GotoAsync($"/events/{RolePages.Slug}/registrations?payment=Paid");
        await page.ClickAndWaitForDocumentAsync(page.GetByTestId("registrations").Locator("tbody tr a").First);
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Undo \"paid\"" }));
        Assert.Contains("payment is due again", await page.InnerTextAsync("main"));
        Assert.Contains("\"paid\" undone by Olga Organizer", await page.GetByTestId("payment-log").InnerTextAsync());
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"organizer-registration-undo-paid-{width}.png"), FullPage = true });
        }
        await page.GetByLabel("Payment reference").FillAsync("BANK-REDONE");
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Mark paid" }));
        Assert.Contains("marked paid by Olga Organizer (reference BANK-REDONE)", await page.GetByTestId("payment-log").InnerTextAsync());
    }
}
