using System.Diagnostics;
using DeepMath.BrowserTests.Pages;
using DeepMath.BrowserTests.Support;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Demo;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Screens = DeepMath.BrowserTests.Program.Screens;

namespace DeepMath.BrowserTests.Events;

/// <summary>The demo's colloquium series: an organizer adds a talk in under a minute; a visitor subscribes and confirms from the mail.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ColloquiumTests(BrowserApp app)
{
    private const string Password = "a long browser password";

    [Fact]
    public async Task An_organizer_adds_a_colloquium_talk_to_the_series_in_under_a_minute()
    {
        const string email = "carla@colloquium.example.org";
        await app.CreateConfirmedUserAsync(email, "Carla Colloquium", Password);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var user = (await s.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
            var series = await db.Series.SingleAsync(x => x.Slug == DemoMeetings.SeriesSlug);
            db.SeriesOrganizers.Add(new SeriesOrganizer { SeriesId = series.Id, UserId = user.Id, AddedAt = BrowserApp.DemoNow });
            return await db.SaveChangesAsync();
        });
        var page = await app.NewPageAsync();
        await new LoginPage(page).SignInAsync(email, Password);

        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/series/scms-colloquium");
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Add a talk" }));
        await page.GetByLabel("Title of the talk").FillAsync("Gradient Flows on Wide Networks");
        await page.GetByLabel("or a new speaker's name").FillAsync("C. Example");
        await page.GetByLabel("and affiliation").FillAsync("Example University");
        await page.GetByLabel("Abstract (Markdown)").FillAsync("A fictitious abstract for the browser test.");
        await page.GetByLabel("Room").FillAsync("Room 102");
        await page.GetByLabel("Date").FillAsync("2025-11-12");
        await page.GetByLabel("Starts at").FillAsync("10:30");
        await page.GetByLabel("Ends at").FillAsync("11:30");
        // The zone comes from the series; the search box (script) picks a zone by name, and back.
        var zone = page.Locator("select#TimeZoneId");
        Assert.Equal("Asia/Shanghai", await zone.InputValueAsync());
        await page.GetByLabel("Search the time zones").FillAsync("Berlin");
        Assert.Equal("Europe/Berlin", await zone.InputValueAsync());
        await page.GetByLabel("Search the time zones").FillAsync("Shanghai");
        Assert.Equal("Asia/Shanghai", await zone.InputValueAsync());
        await Screens.TakeAsync(page, "i15a-add-talk");
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Add the talk" }));
        clock.Stop();

        Assert.EndsWith("/series/scms-colloquium", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var upcoming = await page.Locator("[data-testid=upcoming-talks]").InnerTextAsync();
        Assert.Contains("Gradient Flows on Wide Networks", upcoming, StringComparison.Ordinal);
        Assert.Contains("Wednesday 12 November 2025, 10:30–11:30 (Asia/Shanghai, UTC+08:00)", upcoming, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"Adding the talk took {clock.Elapsed}.");
        await Screens.TakeAsync(page, "i15a-series-page");

        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Link, new() { Name = "Gradient Flows on Wide Networks" }));
        Assert.Contains("C. Example (Example University)", await page.Locator("[data-testid=talk-speaker]").InnerTextAsync(), StringComparison.Ordinal);
        await Screens.TakeAsync(page, "i15a-talk-page");

        foreach (var (path, name) in new[]
        {
            ("/events/scms-colloquium-2025-07-23", "i15a-su-talk"), ($"/events/{DemoMeetings.WorkshopSlug}", "i15a-workshop"),
            ("/events/deepmath-2025", "i15a-conference"), ("/", "i15a-home"), ("/speakers", "i15a-speakers"),
        })
        {
            await page.GotoAsync(path);
            await Screens.TakeAsync(page, name);
        }
        await page.GotoAsync("/series/scms-colloquium/edit");
        await Screens.TakeAsync(page, "i15a-edit-series");
    }

    [Fact]
    public async Task A_visitor_subscribes_to_the_series_and_confirms_from_the_mail()
    {
        const string email = "vera@visitor.example.org";
        var page = await app.NewPageAsync();
        await page.GotoAsync("/series/scms-colloquium");
        await page.GetByLabel("Your e-mail address").FillAsync(email);
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Subscribe by e-mail" }));
        Assert.Contains("Check your e-mail", await page.Locator("main .alert-success").InnerTextAsync(), StringComparison.Ordinal);

        var mail = await app.WaitForMailAsync(email);
        await page.GotoAsync(MailLinks.Find(mail, "/subscriptions/series/confirm"));
        await Screens.TakeAsync(page, "i15a-confirm-subscription");
        await page.ClickAndWaitForDocumentAsync(page.GetByRole(AriaRole.Button, new() { Name = "Confirm the subscription" }));
        Assert.Contains($"{email} is subscribed", await page.Locator("main .alert-success").InnerTextAsync(), StringComparison.Ordinal);
        var confirmed = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().SeriesSubscribers
            .Where(x => x.Email == email).Select(x => x.ConfirmedAt).SingleAsync());
        Assert.NotNull(confirmed);

        await page.GotoAsync(MailLinks.Find(mail, "/subscriptions/series/unsubscribe"));
        await Screens.TakeAsync(page, "i15a-unsubscribe");
    }
}
