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
            var zoneName = ZoneName(window.Zone);
            var prefix = calls.Count() > 1 ? $"{call.Title}: " : string.Empty;
            list.Add(new(prefix + "Submissions open", call.OpensOn, zoneName, WindowStart(window.OpensAt, window.ClosesAt, now), now >= window.OpensAt));
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
            list.Add(new("Registration opens", regOpens, ZoneName(zone), WindowStart(opens, closes, now), now >= opens));
            list.Add(new("Registration deadline", regCloses, ZoneName(zone), WindowEnd(opens, closes, now), now >= closes));
        }
        list.Add(Span(ev.StartsOn == ev.EndsOn ? "Event" : "Event starts", ev.StartsOn, ev.EndsOn, zone, now));
        return list.OrderBy(d => d.Date).ToList();
    }

    public static string ZoneName(TimeZoneInfo zone) =>
        zone == TimeZones.AnywhereOnEarth ? "Anywhere on Earth (UTC−12)" : zone.Id;

    /// <summary>The state of a window seen from its opening date: "opens in 3 days", "open — closes in 5 h", "closed".</summary>
    public static string WindowStart(DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset now) =>
        now < opens ? $"opens in {DurationText.Of(opens - now)}"
        : now < closes ? $"open — closes in {DurationText.Of(closes - now)}"
        : "closed";

    /// <summary>The same window seen from its deadline: "in 10 days", "open — closes in 5 h", "closed".</summary>
    public static string WindowEnd(DateTimeOffset opens, DateTimeOffset closes, DateTimeOffset now) =>
        now < opens ? $"in {DurationText.Of(closes - now)}"
        : now < closes ? $"open — closes in {DurationText.Of(closes - now)}"
        : "closed";

    private static ImportantDate Day(string label, DateOnly date, TimeZoneInfo zone, DateTimeOffset now)
    {
        var start = WholeDays.StartOf(date, zone);
        var end = WholeDays.EndOf(date, zone);
        var state = now < start ? $"in {DurationText.Of(start - now)}" : now < end ? "today" : "passed";
        return new(label, date, ZoneName(zone), state, now >= end);
    }

    private static ImportantDate Span(string label, DateOnly first, DateOnly last, TimeZoneInfo zone, DateTimeOffset now)
    {
        var start = WholeDays.StartOf(first, zone);
        var end = WholeDays.EndOf(last, zone);
        var state = now < start ? $"in {DurationText.Of(start - now)}" : now < end ? "under way" : "over";
        return new(label, first, ZoneName(zone), state, now >= end);
    }
}
