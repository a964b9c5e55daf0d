namespace DeepMath.Web.SharedKernel;

// Shared: every module that has a deadline (calls, reviews, decisions, registration) counts whole days in an event's zone.

/// <summary>
/// A date is a whole day in a zone: from the first instant of that local day to the first instant
/// of the next. Days are computed from local midnights, so a daylight-saving change in between
/// (a 23 h or 25 h day) is handled by the zone rules, not by adding 24 hours.
/// </summary>
public static class WholeDays
{
    /// <summary>The first instant of <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where a zone skips midnight (clocks jump forward at 00:00), the day starts at the first valid minute.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        // Where midnight happens twice (clocks fall back at 00:00 or 01:00), the day starts at the first of them.
        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The first instant after <paramref name="date"/> ends in <paramref name="zone"/>.</summary>
    public static DateTimeOffset EndOf(DateOnly date, TimeZoneInfo zone) => StartOf(date.AddDays(1), zone);

    /// <summary>The last millisecond of <paramref name="date"/>, for display as 23:59:59.999.</summary>
    public static DateTimeOffset LastMillisecondOf(DateOnly date, TimeZoneInfo zone) => EndOf(date, zone).AddMilliseconds(-1);
}
