using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>Builds the "Important dates" of an event and its calls, with each date's state at a given instant.</summary>
public static class ImportantDates
{
    public static IReadOnlyList<ImportantDate> For(Event ev, IEnumerable<Call> calls, DateTimeOffset now)
    {
        var zone = ev.TimeZone;
        var list = new List<ImportantDate>();
        foreach (var call in calls.OrderBy(c => c.OpensOn))
        {
            var window = call.Window(zone);
            var zoneName = TimeZones.DisplayName(window.Zone);
            var prefix = calls.Count() > 1 ? $"{call.Title}: " : string.Empty;
            list.Add(new(prefix + "Submissions open", call.OpensOn, zoneName, Opening(call.OpensOn, window.OpensAt, window.ClosesAt, window.Zone, now), now >= window.OpensAt));
            list.Add(new(prefix + "Submission deadline", call.ClosesOn, zoneName, WindowEnd(window.OpensAt, window.ClosesAt, now), now >= window.ClosesAt));
            if (call.NotificationOn is { } notification)
            {
                list.Add(Day(prefix + "Notification of decisions", notification, zone, now));
            }
        }
        if (ev.RegistrationOpensOn is { } regOpens && ev.RegistrationClosesOn is { } regCloses)
        {
            var opens = WholeDays.StartOf(regOpens, zone);
            var closes = WholeDays.EndOf(regCloses, zone);
            list.Add(new("Registration opens", regOpens, TimeZones.DisplayName(zone), Opening(regOpens, opens, closes, zone, now), now >= opens));
            list.Add(new("Registration deadline", regCloses, TimeZones.DisplayName(zone), WindowEnd(opens, closes, now), now >= closes));
        }
        list.Add(Span(ev.StartsOn == ev.EndsOn ? "Event" : "Event starts", ev.StartsOn, ev.EndsOn, zone, now));
        return list.OrderBy(d => d.Date).ToList();
    }

    /// <summary>The state of a window seen from its opening date: "opens in 3 days", "open — closes in 5 h", "closed".</summary>
    public static string WindowStart(DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset now) =>
        now < opens ? $"opens in {DurationText.Of(opens - now)}"
        : now < closes ? $"open — closes in {DurationText.Of(closes - now)}"
        : "closed";

    /// <summary>
    /// What is left of a window, for a line that already names its phase ("Open — closes in 5 h"): never the
    /// phase itself, so that the two never repeat each other; null once it has closed.
    /// </summary>
    public static string? Remaining(DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset now) =>
        now < opens ? $"opens in {DurationText.Of(opens - now)}"
        : now < closes ? $"closes in {DurationText.Of(closes - now)}"
        : null;

    /// <summary>The same window seen from its deadline: "in 10 days", "open — closes in 5 h", "closed".</summary>
    public static string WindowEnd(DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset now) =>
        now < opens ? $"in {DurationText.Of(closes - now)}"
        : now < closes ? $"open — closes in {DurationText.Of(closes - now)}"
        : "closed";

    /// <summary>The opening date of a window: "opens in 3 days", then "open", then "closed" (the deadline row says how long is left).</summary>
    private static string Opening(DateOnly date, DateTimeOffset opens, DateTimeOffset closes, TimeZoneInfo zone, DateTimeOffset now) =>
        now < opens ? $"opens in {Until(date, opens, zone, now)}" : now < closes ? "open" : "closed";

    /// <summary>
    /// How long until a date starts. Beyond two days, whole calendar days in the zone, as a person
    /// counts them ("2025-10-01 is in 42 days" on 20 August), not elapsed time rounded down.
    /// </summary>
    private static string Until(DateOnly date, DateTimeOffset start, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (start - now < TimeSpan.FromDays(2))
        {
            return DurationText.Of(start - now);
        }
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return $"{date.DayNumber - today.DayNumber} days";
    }

    private static ImportantDate Day(string label, DateOnly date, TimeZoneInfo zone, DateTimeOffset now)
    {
        var start = WholeDays.StartOf(date, zone);
        var end = WholeDays.EndOf(date, zone);
        var state = now < start ? $"in {Until(date, start, zone, now)}" : now < end ? "today" : "passed";
        return new(label, date, TimeZones.DisplayName(zone), state, now >= end);
    }

    private static ImportantDate Span(string label, DateOnly first, DateOnly last, TimeZoneInfo zone, DateTimeOffset now)
    {
        var start = WholeDays.StartOf(first, zone);
        var end = WholeDays.EndOf(last, zone);
        var state = now < start ? $"in {Until(first, start, zone, now)}" : now < end ? "under way" : "over";
        return new(label, first, TimeZones.DisplayName(zone), state, now >= end);
    }
}
