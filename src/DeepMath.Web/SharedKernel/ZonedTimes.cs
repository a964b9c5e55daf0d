namespace DeepMath.Web.SharedKernel;

// Shared: an event's or a talk's time of day is a wall-clock time in its zone, turned into an instant here.

/// <summary>
/// Wall-clock times in an IANA zone as instants. A time that does not exist (the hour skipped when clocks go
/// forward) moves forward by the gap, as a clock on the wall would read it; a time that happens twice (clocks
/// go back) is its first occurrence, the one people mean when they plan a meeting.
/// </summary>
public static class ZonedTimes
{
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // The offsets on either side of the gap: the wall time read with the earlier offset lands after the gap.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before).ToUniversalTime();
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The zone's offset at an instant as people write it: "UTC+08:00", "UTC−07:00", "UTC+13:45".</summary>
    public static string OffsetText(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(instant);
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return $"UTC{sign}{offset.Duration():hh\\:mm}";
    }
}
