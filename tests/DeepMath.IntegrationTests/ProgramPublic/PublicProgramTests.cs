using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Program.Calendar;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.ProgramPublic;

[Collection(AppCollection.Name)]
public sealed class PublicProgramTests(AppFixture app) : IAsyncLifetime
{
    private const string Marker = "Zyxwvut-secret-abstract";
    private static readonly DateTimeOffset _released = new(2025, 10, 20, 14, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 10, 21, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Before_the_first_release_the_program_says_it_is_not_yet_published_and_exports_are_404()
    {
        await ReleaseSeed.CreateAsync(app, Marker);
        using var visitor = app.NewSession();

        var (status, html) = await visitor.GetAsync("/events/deepmath-2025/program");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("not yet published", html);
        Assert.Contains("/events/deepmath-2025/program", (await visitor.GetAsync("/events/deepmath-2025")).Html);
        foreach (var export in new[] { "calendar.ics", "schedule.json", "schedule.xml" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/events/deepmath-2025/program/{export}")).Status);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/events/no-such-event/program")).Status);
    }

    [Fact]
    public async Task The_program_shows_each_day_in_the_events_zone_with_rooms_side_by_side_and_presenters()
    {
        var seed = await ReleaseSeed.CreateAsync(app, Marker);
        await seed.ReleaseAsync(app, 1, seed.Snapshot(), _released);
        using var visitor = app.NewSession();

        var (status, html) = await visitor.GetAsync("/events/deepmath-2025/program");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("America/New_York (UTC−05:00)", html);
        Assert.Contains("Day 1 — Thursday 6 November 2025", html);
        Assert.Contains("Day 2 — Friday 7 November 2025", html);
        var hallA = html.IndexOf("<span class=\"grid-room\">Hall A</span>", StringComparison.Ordinal);
        var hallB = html.IndexOf("<span class=\"grid-room\">Hall B</span>", StringComparison.Ordinal);
        Assert.True(hallA > 0 && hallB > hallA, "Hall A and Hall B head the parallel sessions' columns, in room order");
        Assert.Contains("Depth separation for ReLU networks", html);
        Assert.Contains("李明", html);
        Assert.Contains("Board 2", html);
        Assert.DoesNotContain("presenter0@example.org", html);
        var (sessionStatus, session) = await visitor.GetAsync($"/events/deepmath-2025/program/sessions/{seed.TalksA}");
        Assert.Equal(HttpStatusCode.OK, sessionStatus);
        Assert.Contains("Ground floor", session);
        Assert.Contains("Chair: Ada Chair", session);
        var (itemStatus, item) = await visitor.GetAsync($"/events/deepmath-2025/program/items/{seed.Poster2}");
        Assert.Equal(HttpStatusCode.OK, itemStatus);
        Assert.Contains("Poster, board 2", item);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/events/deepmath-2025/program/items/{Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task No_public_program_page_or_export_shows_a_submissions_abstract_text()
    {
        var seed = await ReleaseSeed.CreateAsync(app, Marker);
        await seed.ReleaseAsync(app, 1, seed.Snapshot(), _released);
        using var visitor = app.NewSession();

        var urls = new List<string>
        {
            "/events/deepmath-2025", "/events/deepmath-2025/program", "/events/deepmath-2025/program/calendar.ics",
            "/events/deepmath-2025/program/schedule.json", "/events/deepmath-2025/program/schedule.xml",
        };
        urls.AddRange(seed.SessionIds.SelectMany(id => new[] { $"/events/deepmath-2025/program/sessions/{id}", $"/events/deepmath-2025/program/sessions/{id}/calendar.ics" }));
        urls.AddRange(seed.ItemIds.SelectMany(id => new[] { $"/events/deepmath-2025/program/items/{id}", $"/events/deepmath-2025/program/items/{id}/calendar.ics" }));
        foreach (var url in urls)
        {
            var (status, body) = await visitor.GetAsync(url);
            Assert.True(status == HttpStatusCode.OK, $"{url} answered {(int)status}");
            Assert.DoesNotContain(Marker, body);
            Assert.DoesNotContain("int_0^1", body);
            Assert.DoesNotContain("@example.org", body);
        }
        // The seed really did write the texts, so their absence above is the program's doing.
        Assert.Equal(5, await app.WithScopeAsync(services => Task.FromResult(
            services.GetRequiredService<Web.Infrastructure.Database.DeepMathDbContext>().Submissions.Count(s => s.Abstract.Contains(Marker)))));
    }

    [Fact]
    public async Task The_whole_program_ics_keeps_its_uids_across_releases_in_the_events_zone()
    {
        var seed = await ReleaseSeed.CreateAsync(app, Marker);
        await seed.ReleaseAsync(app, 1, seed.Snapshot(), _released);
        using var visitor = app.NewSession();

        var first = Ical.Net.Calendar.Load((await visitor.GetAsync("/events/deepmath-2025/program/calendar.ics")).Html)!;
        var firstItem = Ical.Net.Calendar.Load((await visitor.GetAsync($"/events/deepmath-2025/program/items/{seed.Talk1}/calendar.ics")).Html)!;
        await seed.ReleaseAsync(app, 2, seed.Snapshot(talk1Starts: new TimeOnly(10, 0)), _released.AddDays(2));
        var second = Ical.Net.Calendar.Load((await visitor.GetAsync("/events/deepmath-2025/program/calendar.ics")).Html)!;
        var secondItem = Ical.Net.Calendar.Load((await visitor.GetAsync($"/events/deepmath-2025/program/items/{seed.Talk1}/calendar.ics")).Html)!;

        Assert.Equal("America/New_York", Assert.Single(first.TimeZones).TzId);
        Assert.All(first.Events, e => Assert.Equal("America/New_York", e.DtStart!.TzId));
        Assert.Equal(5, first.Events.Count);
        Assert.Equal(first.Events.Select(e => e.Uid).Order(), second.Events.Select(e => e.Uid).Order());
        Assert.All(second.Events, e => Assert.Equal(2, e.Sequence));

        var before = Assert.Single(firstItem.Events);
        var after = Assert.Single(secondItem.Events);
        Assert.Equal(before.Uid, after.Uid);
        Assert.Equal(new DateTime(2025, 11, 6, 14, 0, 0, DateTimeKind.Utc), before.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2025, 11, 6, 15, 0, 0, DateTimeKind.Utc), after.DtStart!.AsUtc);
        Assert.Equal("Hall A", after.Location);
        Assert.Equal(ProgramCalendar.ItemUid(await EventIdAsync(), seed.Talk1), after.Uid);
        Assert.EndsWith($"/events/deepmath-2025/program/items/{seed.Talk1}", after.Url!.ToString());
    }

    [Fact]
    public async Task The_frab_json_and_xml_meet_every_requirement_of_the_c3voc_schema()
    {
        var seed = await ReleaseSeed.CreateAsync(app, Marker);
        await seed.ReleaseAsync(app, 1, seed.Snapshot(), _released);
        using var visitor = app.NewSession();

        using var jsonResponse = await visitor.Client.GetAsync("/events/deepmath-2025/program/schedule.json");
        Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType!.MediaType);
        var json = await jsonResponse.Content.ReadAsStringAsync();
        Assert.Empty(FrabSchemaCheck.Json(json));
        Assert.Contains("\"acronym\": \"deepmath_2025\"", json);
        Assert.Contains("\"time_zone_name\": \"America/New_York\"", json);
        Assert.Contains("\"date\": \"2025-11-06T09:00:00-05:00\"", json);
        Assert.Contains("\"duration\": \"00:30\"", json);
        Assert.Contains($"\"guid\": \"{seed.Talk1}\"", json);

        var xml = (await visitor.GetAsync("/events/deepmath-2025/program/schedule.xml")).Html;
        Assert.Empty(FrabSchemaCheck.Xml(xml));
        Assert.Contains("<room name=\"Hall B\">", xml);
        Assert.Contains("<duration>02:00</duration>", xml);

        // Every item and every session without items is an event, once, in both formats.
        Assert.Equal(7, System.Text.RegularExpressions.Regex.Matches(json, "\"slug\":").Count);
        Assert.Equal(7, System.Text.RegularExpressions.Regex.Matches(xml, "<event ").Count);

        // The check itself fails on what the schema forbids.
        Assert.NotEmpty(FrabSchemaCheck.Json(json.Replace("\"duration\": \"00:30\"", "\"duration\": \"30 min\"")));
        Assert.NotEmpty(FrabSchemaCheck.Json(json.Replace("\"acronym\": \"deepmath_2025\"", "\"acronym\": \"deepmath-2025\"")));
        Assert.NotEmpty(FrabSchemaCheck.Json(json.Replace("\"date\": \"2025-11-06T09:00:00-05:00\"", "\"date\": \"2025-11-06 09:00\"")));
        Assert.NotEmpty(FrabSchemaCheck.Json(json.Replace($"\"guid\": \"{seed.Talk1}\"", "\"guid\": \"talk-1\"")));
        Assert.NotEmpty(FrabSchemaCheck.Xml(xml.Replace("<duration>02:00</duration>", "<duration>2h</duration>")));
        Assert.NotEmpty(FrabSchemaCheck.Xml(xml.Replace("<track>", "<url>x</url><track>")));
    }

    private Task<Guid> EventIdAsync() => app.WithScopeAsync(services => Task.FromResult(
        services.GetRequiredService<Web.Infrastructure.Database.DeepMathDbContext>().Events.Single(e => e.Slug == "deepmath-2025").Id));
}
