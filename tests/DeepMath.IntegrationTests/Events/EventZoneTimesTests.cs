using System.Net;
using DeepMath.IntegrationTests.Registration;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

/// <summary>
/// Pages show instants in the event's zone with the zone named, never in UTC or the server's zone: an event in
/// Pacific/Auckland (UTC+12 in August, UTC+13 from late September) is far enough from UTC that the day itself changes.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EventZoneTimesTests(AppFixture app) : IAsyncLifetime
{
    private const string Zone = "Pacific/Auckland";

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_authors_pages_show_the_upload_and_last_change_in_the_events_zone_named()
    {
        // 2025-08-20 12:00 UTC is already Thursday 21 August, 00:00 in Auckland.
        var (_, call) = await app.CreateEventAsync(zone: Zone);
        var ada = await app.CreateUserAsync("ada@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(ada.Email!, TestData.Password);
        var id = await session.CreateAsync(call.Id, SubmissionForms.Fields("Zoned", "save", ("Ada Quill", "ada@example.org")), SubmissionForms.Pdf("ok-one-page.pdf"));

        var (_, mine) = await session.GetAsync("/submissions");
        Assert.Contains("data-testid=\"last-change\">Thu 21 Aug 2025, 00:00 (Pacific/Auckland)", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Last change (UTC)", mine, StringComparison.Ordinal);

        var (_, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains("data-testid=\"version-uploaded\">Thu 21 Aug 2025, 00:00 (Pacific/Auckland)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Uploaded (UTC)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registration_pages_show_registration_and_check_in_in_the_events_zone_named()
    {
        // 2025-10-15 12:00 UTC is Thursday 16 October, 01:00 in Auckland (daylight time, UTC+13).
        await app.ResetAsync(RegistrationData.Open);
        var organizer = await app.CreateUserAsync("org@example.org", name: "Olga Organizer");
        var (ev, _) = await app.CreateEventAsync(zone: Zone, organizerIds: [organizer.Id]);
        var types = await app.SetUpRegistrationAsync(ev.Id, 10);
        using var ada = await app.SignedInAsync("ada@example.org");
        await ada.RegisterAsync(ev.Slug, RegistrationData.Form(types[0], "Ada Lovelace"));
        var checkedIn = new DateTimeOffset(2025, 11, 5, 19, 30, 0, TimeSpan.Zero);
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Registrations
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.CheckedInAt, checkedIn).SetProperty(r => r.CheckedInBy, "Olga Organizer")));

        var (status, own) = await ada.GetAsync($"/events/{ev.Slug}/registration");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Thursday 16 October 2025, 01:00 (Pacific/Auckland)", own, StringComparison.Ordinal);
        Assert.Contains("Thursday 6 November 2025, 08:30 (Pacific/Auckland)", own, StringComparison.Ordinal);

        using var olga = app.NewSession();
        await olga.LoginAsync("org@example.org", TestData.Password);
        var (_, list) = await olga.GetAsync($"/events/{ev.Slug}/registrations");
        Assert.Contains("Thu 6 Nov 2025, 08:30 (Pacific/Auckland)", list, StringComparison.Ordinal);
        var registration = Assert.Single(await app.RegistrationsAsync(ev.Id));
        var (_, one) = await olga.GetAsync($"/events/{ev.Slug}/registrations/{registration.Id}");
        Assert.Contains("checked in Thu 6 Nov 2025, 08:30 (Pacific/Auckland) by Olga Organizer", one, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC by", one, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_page_gives_the_registration_dates_in_the_events_zone_named()
    {
        var (ev, _) = await app.CreateEventAsync(zone: Zone);
        await app.SetUpRegistrationAsync(ev.Id, 10);
        using var visitor = app.NewSession();
        var (_, page) = await visitor.GetAsync($"/events/{ev.Slug}");
        Assert.Contains("Opens Wednesday 1 October 2025, 00:00 (Pacific/Auckland); closes Wednesday 5 November 2025, 23:59 (Pacific/Auckland).", page, StringComparison.Ordinal);
    }
}
