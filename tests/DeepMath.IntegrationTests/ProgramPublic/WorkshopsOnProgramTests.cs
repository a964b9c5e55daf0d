using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.ProgramPublic;

/// <summary>A conference's workshops are on its public program's days, with their times in the program's zone and a link to their pages.</summary>
[Collection(AppCollection.Name)]
public sealed partial class WorkshopsOnProgramTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 10, 21, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_workshop_of_the_conference_is_a_block_on_its_day_of_the_program_with_its_times_and_a_link()
    {
        var seed = await ReleaseSeed.CreateAsync(app, "unused-marker");
        await seed.ReleaseAsync(app, 1, seed.Snapshot(), new DateTimeOffset(2025, 10, 20, 14, 0, 0, TimeSpan.Zero));
        var conferenceId = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var conference = db.Events.Single(e => e.Slug == "deepmath-2025");
            db.Events.AddRange(
                // In the conference's zone: 09:00–13:00 on the second day.
                Workshop("half-day-theory", "Half-day workshop on theory", "America/New_York", new DateOnly(2025, 11, 7), new(9, 0), new(13, 0), conference.Id, "Room 5"),
                // In a zone of its own: 15:00–19:00 in Berlin is 09:00–13:00 in New York on the first day.
                Workshop("berlin-satellite", "Berlin satellite workshop", "Europe/Berlin", new DateOnly(2025, 11, 6), new(15, 0), new(19, 0), conference.Id, null),
                // Another conference's workshop, and one that stands alone, are not on this program.
                Workshop("alone", "A workshop on its own", "America/New_York", new DateOnly(2025, 11, 6), new(9, 0), new(12, 0), null, null));
            await db.SaveChangesAsync();
            return conference.Id;
        });
        Assert.NotEqual(Guid.Empty, conferenceId);
        using var visitor = app.NewSession();

        var (status, html) = await visitor.GetAsync("/events/deepmath-2025/program");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("A workshop on its own", html);
        var days = DayPattern().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(2, days.Count);
        var day1 = html[html.IndexOf("id=\"day-1\"", StringComparison.Ordinal)..html.IndexOf("id=\"day-2\"", StringComparison.Ordinal)];
        var day2 = html[html.IndexOf("id=\"day-2\"", StringComparison.Ordinal)..];

        var berlin = Assert.Single(WorkshopPattern().Matches(day1)).Value;
        Assert.Contains("09:00–13:00", berlin);
        Assert.Contains("href=\"/events/berlin-satellite\"", berlin);
        Assert.Contains("Berlin satellite workshop", berlin);

        var theory = Assert.Single(WorkshopPattern().Matches(day2)).Value;
        Assert.Contains("09:00–13:00", theory);
        Assert.Contains("Room 5", theory);
        Assert.Contains("href=\"/events/half-day-theory\"", theory);
        Assert.DoesNotContain("Half-day workshop on theory", day1);

        // The workshop's page links back to the conference, whose page lists it too.
        Assert.Contains("Half-day workshop on theory", (await visitor.GetAsync("/events/deepmath-2025")).Html);
    }

    private Event Workshop(string slug, string title, string zone, DateOnly day, TimeOnly starts, TimeOnly ends, Guid? parent, string? room) => new()
    {
        Kind = EventKind.Workshop, Title = title, Slug = slug, TimeZoneId = zone, StartsOn = day, EndsOn = day, StartTime = starts, EndTime = ends,
        ParentEventId = parent, Room = room, CreatedAt = app.Clock.GetUtcNow(),
    };

    [GeneratedRegex("data-testid=\"program-day\"")]
    private static partial Regex DayPattern();

    [GeneratedRegex("<article class=\"program-session kind-workshop\" data-testid=\"program-workshop\">.*?</article>", RegexOptions.Singleline)]
    private static partial Regex WorkshopPattern();
}
