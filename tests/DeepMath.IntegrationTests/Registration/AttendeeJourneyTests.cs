using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Registration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DeepMath.IntegrationTests.Registration;

[Collection(AppCollection.Name)]
public sealed class AttendeeJourneyTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(RegistrationData.Open);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Mark_paid_is_undone_and_both_changes_are_logged_with_who_and_the_attendee_sees_how_to_pay()
    {
        var organizer = await app.CreateUserAsync("org@example.org", name: "Olga Organizer");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 250m, null));
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().RegistrationSettings.Where(x => x.EventId == ev.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(x => x.PaymentInstructions, "Bank transfer to IBAN DE02 1203 0000 0000 2020 51.")));
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada Lovelace"));
        var mine = (await ada.GetAsync($"/events/{ev.Slug}/registration")).Html;
        Assert.Contains("How to pay", mine);
        Assert.Contains("IBAN DE02 1203 0000 0000 2020 51", mine);
        var registration = Assert.Single(await app.RegistrationsAsync(ev.Id));

        using var org = app.NewSession();
        await org.LoginAsync("org@example.org", TestData.Password);
        var page = $"/events/{ev.Slug}/registrations/{registration.Id}";
        await org.PostFormAsync(page, $"{page}/paid", new Dictionary<string, string> { ["reference"] = "TX-42" });
        Assert.Equal(PaymentState.Paid, Assert.Single(await app.RegistrationsAsync(ev.Id)).Payment);
        Assert.DoesNotContain("How to pay", (await ada.GetAsync($"/events/{ev.Slug}/registration")).Html);

        using var undone = await org.PostFormAsync(page, $"{page}/unpaid", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        var after = Assert.Single(await app.RegistrationsAsync(ev.Id));
        Assert.Equal(PaymentState.Due, after.Payment);
        Assert.Null(after.PaidAt);
        var html = WebUtility.HtmlDecode((await org.GetAsync(page)).Html);
        Assert.Contains("marked paid by Olga Organizer (reference TX-42)", html);
        Assert.Contains("\"paid\" undone by Olga Organizer", html);
        using var twice = await org.PostFormAsync(page, $"{page}/unpaid", new Dictionary<string, string>());
        Assert.Contains("not marked paid, so there is nothing to undo", WebUtility.HtmlDecode((await org.GetAsync(page)).Html));
    }

    [Fact]
    public async Task Attendees_edit_their_own_details_until_the_deadline_and_not_after()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 0m, null));
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada"));
        var edit = $"/events/{ev.Slug}/registration/edit";
        var fields = new Dictionary<string, string>
        {
            ["BadgeName"] = "Ada King", ["Affiliation"] = "Analytical Engines Ltd", ["Country"] = "United Kingdom", ["CareerStage"] = "Faculty",
            ["Dietary"] = "vegan", ["Accessibility"] = "step-free access", ["ListConsent"] = "false",
        };
        using var saved = await ada.PostFormAsync(edit, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var registration = Assert.Single(await app.RegistrationsAsync(ev.Id));
        Assert.Equal(("Ada King", "Analytical Engines Ltd", "vegan", "step-free access", false),
            (registration.BadgeName, registration.Affiliation, registration.Dietary, registration.Accessibility, registration.ListConsent));
        Assert.Equal(types[0].Id, registration.TicketTypeId);

        using var bad = await ada.PostFormAsync(edit, new Dictionary<string, string>(fields) { ["BadgeName"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Enter your name as it should appear on your badge.", await bad.Content.ReadAsStringAsync());

        using var stranger = await app.SignedInAsync("eve@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(edit)).Status);

        app.Clock.Freeze(new DateTimeOffset(2025, 11, 6, 12, 0, 0, TimeSpan.Zero));
        var (_, closed) = await ada.GetAsync(edit);
        Assert.Contains("The registration deadline has passed", WebUtility.HtmlDecode(closed));
        var token = System.Text.RegularExpressions.Regex.Match((await ada.GetAsync($"/events/{ev.Slug}/registration")).Html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        using var late = await ada.Client.PostAsync(edit, new FormUrlEncodedContent(new Dictionary<string, string>(fields)
        {
            ["BadgeName"] = "Too Late", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("Ada King", Assert.Single(await app.RegistrationsAsync(ev.Id)).BadgeName);
    }

    [Fact]
    public async Task Registering_needs_a_confirmed_address_read_from_the_account_not_the_session()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 0m, null));
        var user = await app.CreateUserAsync("new@example.org", confirmed: false);
        using var session = app.NewSession();
        await session.LoginAsync("new@example.org", TestData.Password);
        var (_, page) = await session.GetAsync($"/events/{ev.Slug}/register");
        Assert.Contains("Confirm your e-mail address before registering", page);
        using var refused = await session.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Newt"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(await app.RegistrationsAsync(ev.Id));

        // Confirmed elsewhere (another browser): this session, with its old cookie, may register at once.
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.EmailConfirmed, true)));
        using var accepted = await session.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Newt"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Single(await app.RegistrationsAsync(ev.Id));
    }

    [Fact]
    public async Task Tickets_and_letters_use_letter_paper_in_the_united_states_and_the_letter_has_passport_nationality_and_signatory()
    {
        var (ev, _) = await app.CreateEventAsync();
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 0m, null));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            await db.Events.Where(e => e.Id == ev.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.CountryCode, "US"));
            return await db.RegistrationSettings.Where(x => x.EventId == ev.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(x => x.LetterSignatory, "Prof. Jane Doe, General Chair"));
        });
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada Lovelace"));

        using (var ticket = PdfDocument.Open(await ada.Client.GetByteArrayAsync($"/events/{ev.Slug}/registration/ticket.pdf")))
        {
            Assert.Equal((612, 792), ((int)ticket.GetPage(1).Width, (int)ticket.GetPage(1).Height));
        }
        var mine = $"/events/{ev.Slug}/registration";
        using var letter = await ada.PostFormAsync(mine, $"{mine}/letter.pdf", new Dictionary<string, string> { ["PassportNumber"] = "X1234567", ["Nationality"] = "Ruritanian" });
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await letter.Content.ReadAsByteArrayAsync());
        Assert.Equal(612, (int)document.GetPage(1).Width);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("X1234567", text);
        Assert.Contains("Ruritanian", text);
        Assert.Contains("Jane Doe, General Chair", text);

        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Events.Where(e => e.Id == ev.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.CountryCode, "DE")));
        using var a4 = PdfDocument.Open(await ada.Client.GetByteArrayAsync($"/events/{ev.Slug}/registration/ticket.pdf"));
        Assert.Equal(595, (int)a4.GetPage(1).Width);
    }

    [Fact]
    public async Task Presenters_are_marked_in_the_list_and_their_badge_says_speaker()
    {
        var organizer = await app.CreateUserAsync("org@example.org");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 300, ("Academic", 0m, null));
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada Presenter"));
        using var bob = await app.SignedInAsync("bob@example.org");
        await bob.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Bob Listener"));
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Registrations.Where(r => r.BadgeName == "Ada Presenter")
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.IsPresenter, true)));

        using var org = app.NewSession();
        await org.LoginAsync("org@example.org", TestData.Password);
        var list = (await org.GetAsync($"/events/{ev.Slug}/registrations")).Html;
        Assert.Matches("Ada Presenter\\s*<span [^>]*data-testid=\"speaker\">Speaker</span>", list);
        Assert.DoesNotMatch("Bob Listener\\s*<span", list);
        using var badges = PdfDocument.Open(await org.Client.GetByteArrayAsync($"/events/{ev.Slug}/registrations/badges.pdf?paper=A4"));
        var words = badges.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Single(words, w => w == "Speaker");
        Assert.Contains("Academic", words);
    }

    [Fact]
    public async Task Registration_dates_are_edited_only_in_the_registration_settings()
    {
        var organizer = await app.CreateUserAsync("org@example.org");
        var (ev, _) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var org = app.NewSession();
        await org.LoginAsync("org@example.org", TestData.Password);
        var (_, form) = await org.GetAsync($"/events/{ev.Slug}/edit");
        Assert.DoesNotContain("name=\"RegistrationOpensOn\"", form);
        Assert.Contains("name=\"CountryCode\"", form);
        using var saved = await org.PostFormAsync($"/events/{ev.Slug}/edit", new Dictionary<string, string>
        {
            ["Title"] = "DeepMath 2025", ["Kind"] = "Conference", ["StartsOn"] = "2025-11-06", ["EndsOn"] = "2025-11-07", ["TimeZoneId"] = "America/New_York",
            ["CountryCode"] = "US", ["RegistrationOpensOn"] = "2025-01-01", ["RegistrationClosesOn"] = "2025-01-02",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Events.AsNoTracking().SingleAsync(e => e.Id == ev.Id));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 5), "US"), (stored.RegistrationOpensOn!.Value, stored.RegistrationClosesOn!.Value, stored.CountryCode!));
        Assert.Contains("name=\"OpensOn\"", (await org.GetAsync($"/events/{ev.Slug}/registration/settings")).Html);
    }
}
