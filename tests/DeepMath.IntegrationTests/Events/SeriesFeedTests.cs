using System.Net;
using System.Xml.Linq;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Events;

/// <summary>A series' page, calendar subscription and Atom feed, read back as a calendar app and a feed reader would.</summary>
[Collection(AppCollection.Name)]
public sealed class SeriesFeedTests(AppFixture app) : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_series_page_splits_upcoming_and_past_talks_and_its_ical_and_atom_parse_back()
    {
        var series = await app.CreateSeriesAsync();
        var past = await app.CreateTalkAsync(series.Id, "Toward a Mathematical Theory of Deep Learning", new DateOnly(2025, 7, 23), new(10, 30), new(11, 30));
        var next = await app.CreateTalkAsync(series.Id, "Implicit bias", new DateOnly(2025, 9, 17), new(15, 0), new(16, 0), speaker: "A. Example");
        using var visitor = app.NewSession();

        var (status, pageHtml) = await visitor.GetAsync("/series/scms-colloquium");
        var page = WebUtility.HtmlDecode(pageHtml);
        Assert.Equal(HttpStatusCode.OK, status);
        var upcoming = page[page.IndexOf("data-testid=\"upcoming-talks\"", StringComparison.Ordinal)..page.IndexOf("data-testid=\"past-talks\"", StringComparison.Ordinal)];
        Assert.Contains("Implicit bias", upcoming);
        Assert.DoesNotContain("Toward a Mathematical Theory", upcoming);
        Assert.Contains("Wednesday 23 July 2025, 10:30–11:30 (Asia/Shanghai, UTC+08:00)", page);

        var ics = await visitor.Client.GetAsync("/series/scms-colloquium/calendar.ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await ics.Content.ReadAsStringAsync())!;
        Assert.Equal("Asia/Shanghai", Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal(2, calendar.Events.Count);
        var su = Assert.Single(calendar.Events, e => e.Uid == $"talk-{past.Id:N}@deepmath");
        Assert.Equal("Weijie Su: Toward a Mathematical Theory of Deep Learning", su.Summary);
        Assert.Equal("Asia/Shanghai", su.DtStart!.TzId);
        Assert.Equal(new DateTime(2025, 7, 23, 2, 30, 0, DateTimeKind.Utc), su.DtStart.AsUtc);
        Assert.Equal(new DateTime(2025, 7, 23, 3, 30, 0, DateTimeKind.Utc), su.DtEnd!.AsUtc);
        Assert.Contains("Room 102", su.Location, StringComparison.Ordinal);
        Assert.EndsWith($"/events/{past.Slug}", su.Url!.ToString(), StringComparison.Ordinal);

        var atom = await visitor.Client.GetAsync("/series/scms-colloquium/feed.atom");
        Assert.Equal("application/atom+xml", atom.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await atom.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("SCMS Colloquium", feed.Element(Atom + "title")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        var entry = Assert.Single(entries, e => e.Element(Atom + "id")!.Value.EndsWith(next.Id.ToString("N"), StringComparison.Ordinal));
        Assert.Equal("A. Example: Implicit bias", entry.Element(Atom + "title")!.Value);
        Assert.EndsWith($"/events/{next.Slug}", entry.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.Contains("Wednesday 17 September 2025, 15:00–16:00 (Asia/Shanghai, UTC+08:00)", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Client.GetAsync("/series/no-such-series/feed.atom")).StatusCode);
    }

    [Fact]
    public async Task The_talk_page_shows_its_speaker_time_zone_and_room_and_offers_no_call()
    {
        var series = await app.CreateSeriesAsync();
        var talk = await app.CreateTalkAsync(series.Id, "Toward a Mathematical Theory of Deep Learning", new DateOnly(2025, 9, 17), new(10, 30), new(11, 30));
        using var visitor = app.NewSession();

        var page = WebUtility.HtmlDecode((await visitor.GetAsync($"/events/{talk.Slug}")).Html);
        Assert.Contains("Colloquium talk · SCMS Colloquium", page);
        Assert.Contains("Weijie Su</a> (University of Pennsylvania)", page);
        Assert.Contains("Wednesday 17 September 2025, 10:30–11:30 (Asia/Shanghai, UTC+08:00)", page);
        Assert.Contains("Room 102", page);

        var home = WebUtility.HtmlDecode((await visitor.GetAsync("/")).Html);
        Assert.Contains("Toward a Mathematical Theory of Deep Learning", home);
        Assert.Contains("10:30–11:30 (Asia/Shanghai, UTC+08:00)", home);
    }
}
