using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DeepMath.Web.Modules.Program.Frab;

/// <summary>The c3voc schedule.json (https://c3voc.de/schedule/schema.json) of a <see cref="FrabSchedule"/>.</summary>
public static partial class FrabJson
{
    public const string SchemaUrl = "https://c3voc.de/schedule/schema.json";
    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(FrabSchedule schedule)
    {
        var conference = new JsonObject
        {
            ["acronym"] = schedule.Acronym,
            ["title"] = schedule.Title,
            ["start"] = Date(schedule.Start),
            ["end"] = Date(schedule.End),
            ["daysCount"] = schedule.Days.Count,
            ["timeslot_duration"] = FrabSchedule.TimeslotDuration,
            ["url"] = schedule.BaseUrl,
            ["rooms"] = new JsonArray(schedule.Rooms.Select(r => (JsonNode)new JsonObject
            {
                ["name"] = r.Name,
                ["guid"] = r.Guid.ToString(),
                ["description"] = r.Description,
                ["capacity"] = r.Capacity,
            }).ToArray()),
            ["days"] = new JsonArray(schedule.Days.Select(Day).ToArray()),
        };
        // The schema names zones as Area/Location or UTC; a zone it cannot name is left out (the field is optional).
        if (ZonePattern().IsMatch(schedule.TimeZone))
        {
            conference["time_zone_name"] = schedule.TimeZone;
        }
        var root = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["generator"] = new JsonObject { ["name"] = "DeepMath", ["version"] = "1" },
            ["schedule"] = new JsonObject
            {
                ["version"] = schedule.Version,
                ["base_url"] = schedule.BaseUrl,
                ["conference"] = conference,
            },
        };
        return root.ToJsonString(_indented);
    }

    private static JsonNode Day(FrabDay day)
    {
        var rooms = new JsonObject();
        foreach (var (room, events) in day.Rooms)
        {
            rooms[room] = new JsonArray(events.Select(Event).ToArray());
        }
        return new JsonObject
        {
            ["index"] = day.Index,
            ["date"] = Date(day.Date),
            ["day_start"] = DateTime(day.Start),
            ["day_end"] = DateTime(day.End),
            ["rooms"] = rooms,
        };
    }

    private static JsonNode Event(FrabEvent e) => new JsonObject
    {
        ["id"] = e.Id,
        ["guid"] = e.Guid.ToString(),
        ["date"] = DateTime(e.Date),
        ["start"] = e.Start,
        ["duration"] = e.Duration,
        ["room"] = e.Room,
        ["slug"] = e.Slug,
        ["url"] = e.Url,
        ["title"] = e.Title,
        ["subtitle"] = "",
        ["track"] = e.Track,
        ["type"] = e.Type,
        ["language"] = "en",
        ["abstract"] = e.Abstract,
        ["description"] = "",
        ["persons"] = new JsonArray(e.Persons.Select(p => (JsonNode)new JsonObject
        {
            ["guid"] = p.Guid.ToString(),
            ["name"] = p.Name,
            ["public_name"] = p.Name,
        }).ToArray()),
        ["links"] = new JsonArray(),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    [GeneratedRegex("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")]
    private static partial Regex ZonePattern();
}
