using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

[Collection(AppCollection.Name)]
public sealed class EventPagesTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_event_page_shows_important_dates_in_the_event_zone_with_their_states()
    {
        await app.CreateEventAsync();
        using var session = app.NewSession();
        var (status, html) = await session.GetAsync("/events/deepmath-2025");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2025-07-01", html);
        Assert.Contains("2025-08-31", html);
        Assert.Contains("open — closes in 11 days", html);
        Assert.Contains("2025-10-01", html);
        Assert.Contains("America/New_York", html);

        app.Clock.Freeze(new DateTimeOffset(2025, 6, 28, 4, 0, 0, TimeSpan.Zero));
        Assert.Contains("opens in 3 days", (await session.GetAsync("/events/deepmath-2025")).Html);
        app.Clock.Freeze(new DateTimeOffset(2025, 8, 31, 22, 30, 0, TimeSpan.Zero)); // 18:30 in New York
        Assert.Contains("open — closes in 5 h", (await session.GetAsync("/events/deepmath-2025")).Html);
        app.Clock.Freeze(new DateTimeOffset(2025, 9, 1, 4, 0, 0, TimeSpan.Zero));
        var (_, closed) = await session.GetAsync("/events/deepmath-2025");
        Assert.Contains("Call for abstracts</a> — <span class=\"call-state\">closed", closed);
    }

    [Fact]
    public async Task The_home_page_lists_upcoming_and_past_events()
    {
        await app.CreateEventAsync();
        using var session = app.NewSession();
        var (_, before) = await session.GetAsync("/");
        Assert.True(before.IndexOf("deepmath-2025", StringComparison.Ordinal) < before.IndexOf("Past events", StringComparison.Ordinal));
        app.Clock.Freeze(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var (_, after) = await session.GetAsync("/");
        Assert.True(after.IndexOf("deepmath-2025", StringComparison.Ordinal) > after.IndexOf("Past events", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_organizers_and_admins_may_edit_and_outsiders_learn_nothing()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        await app.CreateUserAsync("mallory@example.org");
        await app.CreateEventAsync(organizerIds: [organizer.Id]);

        using var anonymous = app.NewSession();
        var (anonStatus, _) = await anonymous.GetAsync("/events/deepmath-2025/edit");
        Assert.Equal(HttpStatusCode.Redirect, anonStatus);

        using var outsider = app.NewSession();
        await outsider.LoginAsync("mallory@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/events/deepmath-2025/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/events/deepmath-2025/outbox")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await outsider.GetAsync("/admin/events/new")).Status); // to access denied
        Assert.NotEqual(HttpStatusCode.OK, (await outsider.GetAsync("/hangfire")).Status);

        using var organizerSession = app.NewSession();
        await organizerSession.LoginAsync("olga@example.org", TestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await organizerSession.GetAsync("/events/deepmath-2025/edit")).Status);
        Assert.Equal(HttpStatusCode.OK, (await organizerSession.GetAsync("/events/deepmath-2025/outbox")).Status);
    }

    [Fact]
    public async Task An_organizer_edits_the_description_and_no_script_gets_through()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var session = app.NewSession();
        await session.LoginAsync("olga@example.org", TestData.Password);
        var description = "## Scope\n\n**Theory** of deep learning.<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))";
        var saved = await session.PostFormAsync("/events/deepmath-2025/edit", new Dictionary<string, string>
        {
            ["Title"] = "DeepMath 2025", ["Kind"] = "Conference", ["Description"] = description, ["Venue"] = "Somewhere",
            ["StartsOn"] = "2025-11-06", ["EndsOn"] = "2025-11-07", ["TimeZoneId"] = "America/New_York",
            ["RegistrationOpensOn"] = "2025-10-01", ["RegistrationClosesOn"] = "2025-11-05",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, html) = await session.GetAsync("/events/deepmath-2025");
        Assert.Contains("<h2", html);
        Assert.Contains("<strong>Theory</strong>", html);
        Assert.DoesNotContain("alert(1)", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task Bad_event_and_call_input_is_refused_with_messages_and_nothing_changes()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        using var session = app.NewSession();
        await session.LoginAsync("olga@example.org", TestData.Password);
        var response = await session.PostFormAsync($"/events/deepmath-2025/calls/{call.Id}/edit", new Dictionary<string, string>
        {
            ["Title"] = "Call for abstracts", ["OpensOn"] = "2025-07-01", ["ClosesOn"] = "2025-06-01", ["DeadlineZone"] = "EventZone",
            ["Topics"] = "A", ["Disciplines"] = "B", ["ReviewsPerSubmission"] = "3",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The deadline is before the opening date", await response.Content.ReadAsStringAsync());
        var zone = await session.PostFormAsync("/events/deepmath-2025/edit", new Dictionary<string, string>
        {
            ["Title"] = "DeepMath 2025", ["Kind"] = "Conference", ["StartsOn"] = "2025-11-06", ["EndsOn"] = "2025-11-07", ["TimeZoneId"] = "Mars/Olympus",
        });
        Assert.Contains("&#x27;Mars/Olympus&#x27; is not a time zone we know", await zone.Content.ReadAsStringAsync());
        var (_, page) = await session.GetAsync("/events/deepmath-2025");
        Assert.Contains("2025-08-31", page);
        Assert.Contains("America/New_York", page);
    }

    [Fact]
    public async Task A_site_admin_creates_an_event_and_names_its_organizers()
    {
        await app.CreateUserAsync("olga@example.org", name: "Olga Organizer");
        await app.CreateUserAsync("root@example.org");
        await app.WithScopeAsync(async s =>
        {
            var roles = s.GetRequiredService<RoleManager<IdentityRole>>();
            await roles.CreateAsync(new IdentityRole(Roles.SiteAdmin));
            var users = s.GetRequiredService<UserManager<AppUser>>();
            return await users.AddToRoleAsync((await users.FindByEmailAsync("root@example.org"))!, Roles.SiteAdmin);
        });
        using var session = app.NewSession();
        await session.LoginAsync("root@example.org", TestData.Password);
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = "theory-workshop", ["OrganizerEmails"] = "olga@example.org\nghost@example.org", ["Title"] = "Theory workshop",
            ["Kind"] = "Workshop", ["StartsOn"] = "2025-12-01", ["EndsOn"] = "2025-12-01", ["TimeZoneId"] = "Europe/Berlin",
        };
        var refused = await session.PostFormAsync("/admin/events/new", fields);
        Assert.Contains("No account uses ghost@example.org", await refused.Content.ReadAsStringAsync());
        fields["OrganizerEmails"] = "olga@example.org";
        var created = await session.PostFormAsync("/admin/events/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (_, page) = await session.GetAsync("/events/theory-workshop");
        Assert.Contains("Organized by Olga Organizer", page);
        var duplicate = await session.PostFormAsync("/admin/events/new", fields);
        Assert.Contains("Another event already uses the address /events/theory-workshop", await duplicate.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_the_database_and_hangfire()
    {
        using var session = app.NewSession();
        var (_, json) = await session.GetAsync("/health");
        Assert.Contains("\"database\":{\"status\":\"Healthy\"", json);
        Assert.Contains("\"hangfire\"", json);
    }

    [Fact]
    public async Task The_call_page_offers_the_latex_template_as_one_zip()
    {
        var (_, call) = await app.CreateEventAsync();
        using var session = app.NewSession();
        var (_, page) = await session.GetAsync($"/events/deepmath-2025/calls/{call.Id}");
        Assert.Contains("/template/deepmath-template.zip", page);
        var response = await session.Client.GetAsync("/template/deepmath-template.zip");
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("deepmath-template/deepmath.sty", names);
        Assert.Contains("deepmath-template/deepmath-abstract.tex", names);
        using var reader = new StreamReader(zip.GetEntry("deepmath-template/deepmath.sty")!.Open());
        Assert.Contains("DeepMathTemplate", await reader.ReadToEndAsync());
    }
}
