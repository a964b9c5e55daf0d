using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.SeriesPage;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DeepMath.Web.Modules.Events.SeriesFeeds;

/// <summary>
/// A series as an iCalendar subscription: one VEVENT per talk, in the talk's own zone (with its VTIMEZONE), so
/// that a calendar app shows each talk at the right hour wherever the reader is. The UID is the talk's id, so a
/// changed talk moves in the reader's calendar instead of appearing twice.
/// </summary>
public static class SeriesCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(Series series, IReadOnlyList<SeriesTalk> talks, Func<string, Uri> talkLink, DateTimeOffset now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//DeepMath//Series//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", series.Name);
        calendar.AddProperty("X-WR-TIMEZONE", series.TimeZoneId);
        foreach (var zone in talks.Select(t => t.Event.TimeZoneId).Append(series.TimeZoneId).Distinct(StringComparer.Ordinal))
        {
            var first = talks.Where(t => t.Event.TimeZoneId == zone).Select(t => t.Event.StartsOn).DefaultIfEmpty(DateOnly.FromDateTime(now.UtcDateTime)).Min();
            calendar.AddTimeZone(zone, first.AddYears(-1).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false);
        }
        foreach (var talk in talks)
        {
            calendar.Events.Add(Entry(talk, talkLink(talk.Event.Slug), now));
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public static string Uid(Guid eventId) => $"talk-{eventId:N}@deepmath";

    private static CalendarEvent Entry(SeriesTalk talk, Uri link, DateTimeOffset now)
    {
        var ev = talk.Event;
        var entry = new CalendarEvent
        {
            Uid = Uid(ev.Id),
            Summary = talk.SpeakerName is null ? ev.Title : $"{talk.SpeakerName}: {ev.Title}",
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC", hasTime: true),
            Location = string.Join(", ", new[] { ev.Room, ev.HostInstitution ?? ev.Venue }.Where(p => !string.IsNullOrWhiteSpace(p))),
            Description = string.Join("\n\n", new[] { talk.Speaker, ev.DescriptionMarkdown }.Where(p => !string.IsNullOrWhiteSpace(p))),
            Url = link,
        };
        if (ev.StartTime is { } start && ev.EndTime is { } end)
        {
            entry.DtStart = new CalDateTime(ev.StartsOn, start, ev.TimeZoneId);
            entry.DtEnd = new CalDateTime(ev.EndsOn, end, ev.TimeZoneId);
        }
        else
        {
            entry.DtStart = new CalDateTime(ev.StartsOn);
            entry.DtEnd = new CalDateTime(ev.EndsOn.AddDays(1));
        }
        return entry;
    }
}
