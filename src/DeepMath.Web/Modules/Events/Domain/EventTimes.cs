using System.Globalization;
using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>
/// When an event happens as instants and as text. An event with times of day starts at its start time on its
/// first day and ends at its end time on its last day, both wall-clock times in the event's zone; one without
/// them spans whole days there.
/// </summary>
public static class EventTimes
{
    public static DateTimeOffset StartsAt(Event ev) =>
        ev.StartTime is { } time ? ZonedTimes.ToInstant(ev.StartsOn, time, ev.TimeZone) : WholeDays.StartOf(ev.StartsOn, ev.TimeZone);

    public static DateTimeOffset EndsAt(Event ev) =>
        ev.EndTime is { } time ? ZonedTimes.ToInstant(ev.EndsOn, time, ev.TimeZone) : WholeDays.EndOf(ev.EndsOn, ev.TimeZone);

    /// <summary>"Wednesday 23 July 2025, 10:30–11:30 (Asia/Shanghai, UTC+08:00)"; dates only when there are no times.</summary>
    public static string Text(Event ev) => Text(ev.StartsOn, ev.EndsOn, ev.StartTime, ev.EndTime, ev.TimeZone);

    public static string Text(DateOnly startsOn, DateOnly endsOn, TimeOnly? startTime, TimeOnly? endTime, TimeZoneInfo zone)
    {
        var culture = CultureInfo.InvariantCulture;
        var first = startsOn.ToString("dddd d MMMM yyyy", culture);
        var last = endsOn.ToString("dddd d MMMM yyyy", culture);
        if (startTime is not { } start || endTime is not { } end)
        {
            return startsOn == endsOn ? first : $"{first} – {last}";
        }
        var startsAt = ZonedTimes.ToInstant(startsOn, start, zone);
        var endsAt = ZonedTimes.ToInstant(endsOn, end, zone);
        var startOffset = ZonedTimes.OffsetText(startsAt, zone);
        var endOffset = ZonedTimes.OffsetText(endsAt, zone);
        // The wall-clock time an instant shows, which differs from the entered one only inside a skipped hour.
        var shownStart = TimeZoneInfo.ConvertTime(startsAt, zone).ToString("HH:mm", culture);
        var shownEnd = TimeZoneInfo.ConvertTime(endsAt, zone).ToString("HH:mm", culture);
        var zoneText = startOffset == endOffset ? $"{zone.Id}, {startOffset}" : $"{zone.Id}, {startOffset} → {endOffset}";
        return startsOn == endsOn
            ? $"{first}, {shownStart}–{shownEnd} ({zoneText})"
            : $"{first} {shownStart} – {last} {shownEnd} ({zoneText})";
    }
}
