using DeepMath.Web.SharedKernel;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.Domain;

public sealed class WholeDaysTests
{
    [Fact]
    public void Day_starts_at_local_midnight_and_ends_at_the_next()
    {
        var berlin = Zone("Europe/Berlin");

        Assert.Equal(Utc("2025-08-30T22:00:00Z"), WholeDays.StartOf(Day("2025-08-31"), berlin));
        Assert.Equal(Utc("2025-08-31T22:00:00Z"), WholeDays.EndOf(Day("2025-08-31"), berlin));
        Assert.Equal(Utc("2025-08-31T21:59:59.999Z"), WholeDays.LastMillisecondOf(Day("2025-08-31"), berlin));
    }

    [Fact]
    public void Results_are_expressed_in_utc()
    {
        var start = WholeDays.StartOf(Day("2025-08-31"), Zone("Asia/Tokyo"));

        Assert.Equal(TimeSpan.Zero, start.Offset);
    }

    [Fact]
    public void Spring_forward_day_in_new_york_is_23_hours()
    {
        var newYork = Zone("America/New_York");

        var length = WholeDays.EndOf(Day("2025-03-09"), newYork) - WholeDays.StartOf(Day("2025-03-09"), newYork);

        Assert.Equal(TimeSpan.FromHours(23), length);
    }

    [Fact]
    public void Fall_back_day_in_new_york_is_25_hours()
    {
        var newYork = Zone("America/New_York");

        Assert.Equal(Utc("2025-11-02T04:00:00Z"), WholeDays.StartOf(Day("2025-11-02"), newYork));
        Assert.Equal(Utc("2025-11-03T05:00:00Z"), WholeDays.EndOf(Day("2025-11-02"), newYork));
    }

    [Fact]
    public void Where_midnight_is_skipped_the_day_starts_at_the_first_valid_instant()
    {
        // Probed on this machine's tz data: Santiago jumps from 2025-09-07 00:00 (UTC−4) to 01:00 (UTC−3).
        var santiago = Zone("America/Santiago");
        Assert.True(santiago.IsInvalidTime(new DateTime(2025, 9, 7, 0, 0, 0, DateTimeKind.Unspecified)));

        Assert.Equal(Utc("2025-09-07T04:00:00Z"), WholeDays.StartOf(Day("2025-09-07"), santiago));
        Assert.Equal(Utc("2025-09-07T04:00:00Z"), WholeDays.EndOf(Day("2025-09-06"), santiago));
        Assert.Equal(Utc("2025-09-07T03:59:59.999Z"), WholeDays.LastMillisecondOf(Day("2025-09-06"), santiago));
    }

    [Fact]
    public void Where_midnight_happens_twice_the_day_starts_at_the_first()
    {
        // Probed on this machine's tz data: Havana falls back from 2025-11-02 01:00 (UTC−4) to 00:00 (UTC−5).
        var havana = Zone("America/Havana");
        Assert.True(havana.IsAmbiguousTime(new DateTime(2025, 11, 2, 0, 0, 0, DateTimeKind.Unspecified)));

        Assert.Equal(Utc("2025-11-02T04:00:00Z"), WholeDays.StartOf(Day("2025-11-02"), havana));
        Assert.Equal(Utc("2025-11-02T04:00:00Z"), WholeDays.EndOf(Day("2025-11-01"), havana));
    }

    [Fact]
    public void Anywhere_on_earth_day_is_twelve_hours_behind_utc()
    {
        Assert.Equal(Utc("2025-08-31T12:00:00Z"), WholeDays.StartOf(Day("2025-08-31"), TimeZones.AnywhereOnEarth));
        Assert.Equal(Utc("2025-09-01T12:00:00Z"), WholeDays.EndOf(Day("2025-08-31"), TimeZones.AnywhereOnEarth));
    }
}
