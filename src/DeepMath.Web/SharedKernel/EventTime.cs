using System.Globalization;

namespace DeepMath.Web.SharedKernel;

// Shared: every page and e-mail shows an instant in the event's zone, and names the zone, the same way.

/// <summary>How an instant is shown to people: in the event's zone, with the zone named, never bare UTC.</summary>
public static class EventTime
{
    /// <summary>"Sat 20 Sep 2025, 23:59 (America/New_York)": for tables and short lines.</summary>
    public static string Short(DateTimeOffset instant, TimeZoneInfo zone) =>
        $"{TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({TimeZones.DisplayName(zone)})";

    /// <summary>"Saturday 20 September 2025, 23:59 (America/New_York)": for deadlines in sentences and e-mails.</summary>
    public static string Long(DateTimeOffset instant, TimeZoneInfo zone) =>
        $"{TimeZoneInfo.ConvertTime(instant, zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)} ({TimeZones.DisplayName(zone)})";

    /// <summary>The day in the event's zone, "20 Sep 2025", where the time of day does not matter.</summary>
    public static string Day(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Short(DateTimeOffset? instant, TimeZoneInfo zone) => instant is { } i ? Short(i, zone) : "—";
}
