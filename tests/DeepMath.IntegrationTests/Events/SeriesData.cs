using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

/// <summary>A colloquium series in Shanghai with an organizer who has an account, arranged through the app's own DbContext.</summary>
public static class SeriesData
{
    public const string Slug = "scms-colloquium";

    public static Task<Series> CreateSeriesAsync(this AppFixture app, string? organizerId = null) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var series = new Series
            {
                Name = "SCMS Colloquium", Slug = Slug, Host = "Shanghai Center for Mathematical Sciences", TimeZoneId = "Asia/Shanghai",
                CreatedAt = app.Clock.GetUtcNow(),
            };
            db.Series.Add(series);
            if (organizerId is not null)
            {
                db.SeriesOrganizers.Add(new SeriesOrganizer { SeriesId = series.Id, UserId = organizerId });
            }
            await db.SaveChangesAsync();
            return series;
        });

    public static Task<Event> CreateTalkAsync(this AppFixture app, Guid seriesId, string title, DateOnly day, TimeOnly start, TimeOnly end, string speaker = "Weijie Su") =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var profile = new Speaker { Name = speaker, Affiliation = "University of Pennsylvania" };
            var talk = new Event
            {
                Kind = EventKind.Colloquium, SeriesId = seriesId, SpeakerId = profile.Id, Title = title, Slug = $"{Slug}-{day:yyyy-MM-dd}",
                TimeZoneId = "Asia/Shanghai", StartsOn = day, EndsOn = day, StartTime = start, EndTime = end, Room = "Room 102",
                HostInstitution = "Shanghai Center for Mathematical Sciences", DescriptionMarkdown = "An abstract.", CreatedAt = app.Clock.GetUtcNow(),
            };
            db.Speakers.Add(profile);
            db.Events.Add(talk);
            await db.SaveChangesAsync();
            return talk;
        });

    /// <summary>The fields of the "add a talk" form as a browser posts them.</summary>
    public static Dictionary<string, string> TalkFields(string title, string day, string start = "10:30", string end = "11:30", string zone = "Asia/Shanghai") => new()
    {
        ["Kind"] = "Colloquium", ["Title"] = title, ["NewSpeakerName"] = "Weijie Su", ["NewSpeakerAffiliation"] = "University of Pennsylvania",
        ["Description"] = "An abstract.", ["HostInstitution"] = "Shanghai Center for Mathematical Sciences", ["Room"] = "Room 102",
        ["StartsOn"] = day, ["StartTime"] = start, ["EndTime"] = end, ["TimeZoneId"] = zone,
    };
}
