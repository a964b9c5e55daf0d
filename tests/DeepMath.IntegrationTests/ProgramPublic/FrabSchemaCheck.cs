using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DeepMath.IntegrationTests.ProgramPublic;

/// <summary>
/// What the c3voc schedule schemas require (validator/json/schema.json and validator/xsd/schedule.xml.xsd of
/// github.com/voc/schedule), written here as checks of our own rather than a copy of the files: required
/// properties, no properties the schema forbids, types, and the formats (date, date-time with offset, uuid,
/// HH:MM durations, the acronym and slug patterns). Each returns every violation found, as "path: what".
/// </summary>
internal static partial class FrabSchemaCheck
{
    private static readonly string[] _rootProperties = ["schedule", "$schema", "generator"];
    private static readonly string[] _conferenceRequired = ["title", "acronym", "days", "daysCount", "start", "end", "timeslot_duration"];
    private static readonly string[] _conferenceAllowed = [.. _conferenceRequired, "description", "time_zone_name", "logo", "colors", "keywords", "url", "tracks", "rooms", "meta"];
    private static readonly string[] _dayRequired = ["date", "day_end", "day_start", "index", "rooms"];
    private static readonly string[] _eventRequired = ["abstract", "date", "duration", "guid", "id", "language", "links", "persons", "room", "slug", "start", "subtitle", "title", "track", "type", "url"];
    private static readonly string[] _eventAllowed = [.. _eventRequired, "logo", "description", "recording_license", "do_not_record", "do_not_stream", "attachments", "answers"];
    private static readonly string[] _roomAllowed = ["name", "guid", "description", "capacity"];
    private static readonly string[] _xmlConference = ["title", "acronym", "start", "end", "days", "timeslot_duration"];
    private static readonly string[] _xmlEventRequired = ["room", "title", "type", "date", "start", "duration", "abstract", "slug", "subtitle", "track"];
    private static readonly string[] _xmlEventAllowed = [.. _xmlEventRequired, "persons", "language", "description", "recording", "links"];

    public static List<string> Json(string text)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Object(root, "$", errors, required: ["schedule"], allowed: _rootProperties);
        if (!root.TryGetProperty("schedule", out var schedule))
        {
            return errors;
        }
        Object(schedule, "schedule", errors, required: ["conference", "version"], allowed: null);
        String(schedule, "schedule.version", "version", errors);
        if (schedule.TryGetProperty("rooms", out _))
        {
            errors.Add("schedule.rooms: forbidden by the schema (rooms belong to the conference)");
        }
        if (!schedule.TryGetProperty("conference", out var conference))
        {
            return errors;
        }
        Object(conference, "conference", errors, _conferenceRequired, _conferenceAllowed);
        Pattern(conference, "conference.acronym", "acronym", AcronymPattern(), errors);
        Format(conference, "conference.start", "start", IsDate, "a date", errors, orElse: IsDateTime);
        Format(conference, "conference.end", "end", IsDate, "a date", errors);
        Integer(conference, "conference.daysCount", "daysCount", errors);
        String(conference, "conference.timeslot_duration", "timeslot_duration", errors);
        if (conference.TryGetProperty("time_zone_name", out _))
        {
            Pattern(conference, "conference.time_zone_name", "time_zone_name", ZonePattern(), errors);
        }
        if (conference.TryGetProperty("url", out _))
        {
            Format(conference, "conference.url", "url", IsUri, "a URI", errors);
        }
        foreach (var (room, i) in Array(conference, "conference.rooms", "rooms", errors).Select((r, i) => (r, i)))
        {
            Object(room, $"conference.rooms[{i}]", errors, ["guid", "name"], _roomAllowed);
            Format(room, $"conference.rooms[{i}].guid", "guid", IsUuid, "a UUID", errors);
            String(room, $"conference.rooms[{i}].name", "name", errors);
        }
        var days = Array(conference, "conference.days", "days", errors);
        if (conference.TryGetProperty("daysCount", out var count) && count.ValueKind == JsonValueKind.Number && count.GetInt32() != days.Count)
        {
            errors.Add($"conference.daysCount: {count.GetInt32()} but {days.Count} days");
        }
        foreach (var (day, d) in days.Select((x, i) => (x, i)))
        {
            Day(day, $"days[{d}]", errors);
        }
        return errors;
    }

    private static void Day(JsonElement day, string path, List<string> errors)
    {
        Object(day, path, errors, _dayRequired, _dayRequired);
        Integer(day, $"{path}.index", "index", errors);
        Format(day, $"{path}.date", "date", IsDate, "a date", errors);
        Format(day, $"{path}.day_start", "day_start", IsDateTime, "a date-time with offset", errors);
        Format(day, $"{path}.day_end", "day_end", IsDateTime, "a date-time with offset", errors);
        if (!day.TryGetProperty("rooms", out var rooms) || rooms.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}.rooms: must be an object of room name -> events");
            return;
        }
        foreach (var room in rooms.EnumerateObject())
        {
            if (room.Value.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{path}.rooms.{room.Name}: must be an array");
                continue;
            }
            foreach (var (e, i) in room.Value.EnumerateArray().Select((x, i) => (x, i)))
            {
                Event(e, $"{path}.rooms.{room.Name}[{i}]", room.Name, errors);
            }
        }
    }

    private static void Event(JsonElement e, string path, string roomName, List<string> errors)
    {
        Object(e, path, errors, _eventRequired, _eventAllowed);
        if (!e.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out var n) || n < 1)
        {
            errors.Add($"{path}.id: must be an integer >= 1");
        }
        Format(e, $"{path}.guid", "guid", IsUuid, "a UUID", errors);
        Format(e, $"{path}.date", "date", IsDateTime, "a date-time with offset", errors);
        String(e, $"{path}.start", "start", errors);
        Pattern(e, $"{path}.duration", "duration", DurationPattern(), errors);
        Pattern(e, $"{path}.slug", "slug", SlugPattern(), errors);
        Format(e, $"{path}.url", "url", IsUri, "a URI", errors);
        foreach (var name in new[] { "room", "title", "type", "language" })
        {
            String(e, $"{path}.{name}", name, errors);
        }
        foreach (var name in new[] { "subtitle", "track", "abstract", "description" })
        {
            if (e.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                errors.Add($"{path}.{name}: must be a string or null");
            }
        }
        if (e.TryGetProperty("room", out var room) && room.ValueKind == JsonValueKind.String && room.GetString() != roomName)
        {
            errors.Add($"{path}.room: \"{room.GetString()}\" listed under \"{roomName}\"");
        }
        Array(e, $"{path}.links", "links", errors);
        foreach (var (person, i) in Array(e, $"{path}.persons", "persons", errors).Select((x, i) => (x, i)))
        {
            // oneOf FrabPerson (public_name and integer id) or PretalxPerson (name): exactly one must hold.
            var frab = person.TryGetProperty("public_name", out var pn) && pn.ValueKind == JsonValueKind.String
                && person.TryGetProperty("id", out var pid) && pid.ValueKind == JsonValueKind.Number;
            var pretalx = person.TryGetProperty("name", out var nm) && nm.ValueKind == JsonValueKind.String;
            if (frab == pretalx)
            {
                errors.Add($"{path}.persons[{i}]: must be exactly one of a frab person (public_name, id) or a pretalx person (name)");
            }
            if (person.TryGetProperty("guid", out _))
            {
                Format(person, $"{path}.persons[{i}].guid", "guid", IsUuid, "a UUID", errors);
            }
        }
    }

    public static List<string> Xml(string text)
    {
        var errors = new List<string>();
        var root = XDocument.Parse(text).Root!;
        if (root.Name != "schedule")
        {
            return [$"root: <{root.Name}> instead of <schedule>"];
        }
        var order = root.Elements().Select(e => e.Name.LocalName).ToList();
        var expected = order.Where(n => n != "day").ToList();
        if (expected.Except(["version", "conference"]).Any() || !expected.Contains("conference") || order.IndexOf("conference") > order.FindIndex(n => n == "day") && order.Contains("day"))
        {
            errors.Add($"schedule: children must be an optional <version>, one <conference>, then <day>s; got {string.Join(",", order)}");
        }
        if (root.Element("conference") is { } conference)
        {
            Children(conference, "conference", ["title", "acronym"], _xmlConference, errors);
            XmlFormat(conference.Element("start")?.Value, "conference/start", IsDate, errors);
            XmlFormat(conference.Element("end")?.Value, "conference/end", IsDate, errors);
            XmlFormat(conference.Element("days")?.Value, "conference/days", v => int.TryParse(v, out _), errors);
            XmlFormat(conference.Element("timeslot_duration")?.Value, "conference/timeslot_duration", v => XmlDurationPattern().IsMatch(v), errors);
        }
        var ids = new HashSet<string>();
        var guids = new HashSet<string>();
        var slugs = new HashSet<string>();
        foreach (var day in root.Elements("day"))
        {
            var path = $"day[{day.Attribute("index")?.Value}]";
            XmlFormat(day.Attribute("date")?.Value, $"{path}/@date", IsDate, errors);
            XmlFormat(day.Attribute("start")?.Value, $"{path}/@start", IsDateTime, errors);
            XmlFormat(day.Attribute("end")?.Value, $"{path}/@end", IsDateTime, errors);
            XmlFormat(day.Attribute("index")?.Value, $"{path}/@index", v => int.TryParse(v, out var i) && i > 0, errors);
            foreach (var extra in day.Elements().Where(e => e.Name != "room"))
            {
                errors.Add($"{path}: unexpected <{extra.Name}>");
            }
            foreach (var room in day.Elements("room"))
            {
                foreach (var e in room.Elements())
                {
                    var at = $"{path}/room[{room.Attribute("name")?.Value}]/{e.Name}[{e.Attribute("id")?.Value}]";
                    if (e.Name != "event")
                    {
                        errors.Add($"{at}: only <event> may be in a <room>");
                        continue;
                    }
                    Children(e, at, _xmlEventRequired, _xmlEventAllowed, errors);
                    XmlFormat(e.Attribute("id")?.Value, $"{at}/@id", v => long.TryParse(v, out var i) && i > 0, errors);
                    XmlFormat(e.Element("date")?.Value, $"{at}/date", IsDateTime, errors);
                    XmlFormat(e.Element("start")?.Value, $"{at}/start", v => XmlStartPattern().IsMatch(v), errors);
                    XmlFormat(e.Element("duration")?.Value, $"{at}/duration", v => XmlDurationPattern().IsMatch(v), errors);
                    Unique(ids, e.Attribute("id")?.Value, $"{at}/@id", errors);
                    Unique(guids, e.Attribute("guid")?.Value, $"{at}/@guid", errors);
                    Unique(slugs, e.Element("slug")?.Value, $"{at}/slug", errors);
                    foreach (var child in e.Element("persons")?.Elements() ?? [])
                    {
                        if (child.Name != "person" || child.HasElements)
                        {
                            errors.Add($"{at}/persons: only text <person> elements");
                        }
                    }
                    foreach (var child in e.Element("links")?.Elements() ?? [])
                    {
                        if (child.Name != "link" || child.HasElements)
                        {
                            errors.Add($"{at}/links: only text <link href> elements");
                        }
                    }
                }
            }
        }
        return errors;
    }

    private static void Children(XElement element, string path, string[] required, string[] allowed, List<string> errors)
    {
        var names = element.Elements().Select(e => e.Name.LocalName).ToList();
        errors.AddRange(required.Where(r => !names.Contains(r)).Select(r => $"{path}: missing <{r}>"));
        errors.AddRange(names.Where(n => !allowed.Contains(n)).Select(n => $"{path}: <{n}> is not allowed"));
        errors.AddRange(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => $"{path}: <{g.Key}> more than once"));
    }

    private static void Unique(HashSet<string> seen, string? value, string path, List<string> errors)
    {
        if (value is not null && !seen.Add(value))
        {
            errors.Add($"{path}: \"{value}\" is not unique");
        }
    }

    private static void XmlFormat(string? value, string path, Func<string, bool> valid, List<string> errors)
    {
        if (value is null || !valid(value))
        {
            errors.Add($"{path}: \"{value}\" has the wrong format");
        }
    }

    private static void Object(JsonElement element, string path, List<string> errors, string[] required, string[]? allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: must be an object");
            return;
        }
        var names = element.EnumerateObject().Select(p => p.Name).ToList();
        errors.AddRange(required.Where(r => !names.Contains(r)).Select(r => $"{path}.{r}: required"));
        if (allowed is not null)
        {
            errors.AddRange(names.Where(n => !allowed.Contains(n)).Select(n => $"{path}.{n}: not allowed (additionalProperties false)"));
        }
    }

    private static List<JsonElement> Array(JsonElement parent, string path, string name, List<string> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{path}: must be an array");
            return [];
        }
        return value.EnumerateArray().ToList();
    }

    private static void String(JsonElement parent, string path, string name, List<string> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}: must be a string");
        }
    }

    private static void Integer(JsonElement parent, string path, string name, List<string> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _))
        {
            errors.Add($"{path}: must be an integer");
        }
    }

    private static void Pattern(JsonElement parent, string path, string name, Regex pattern, List<string> errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || !pattern.IsMatch(value.GetString()!))
        {
            errors.Add($"{path}: must match {pattern}");
        }
    }

    private static void Format(JsonElement parent, string path, string name, Func<string, bool> valid, string what, List<string> errors, Func<string, bool>? orElse = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String
            || !(valid(value.GetString()!) || orElse?.Invoke(value.GetString()!) == true))
        {
            errors.Add($"{path}: must be {what}");
        }
    }

    private static bool IsDate(string value) => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>RFC 3339 date-time: a full date and time with seconds and an explicit offset (or Z).</summary>
    private static bool IsDateTime(string value) => DateTimePattern().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, out _);

    private static bool IsUuid(string value) => UuidPattern().IsMatch(value);

    private static bool IsUri(string value) => Uri.TryCreate(value, UriKind.Absolute, out _);

    [GeneratedRegex("^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$")]
    private static partial Regex AcronymPattern();

    [GeneratedRegex("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")]
    private static partial Regex ZonePattern();

    [GeneratedRegex("^[0-9]+:[0-9]{2}$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex("^[a-z0-9_-]+[a-z0-9]$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.IgnoreCase)]
    private static partial Regex UuidPattern();

    [GeneratedRegex("^(([0-9]{1,2}:[0-9]{2})|([0-9]{1,2}:[0-9]{2}:[0-9]{1,2}))$")]
    private static partial Regex XmlDurationPattern();

    [GeneratedRegex("^(([0-2][0-9]:[0-5][0-9])|([0-2][0-9]:[0-5][0-9]:[0-5][0-9]))$")]
    private static partial Regex XmlStartPattern();
}
