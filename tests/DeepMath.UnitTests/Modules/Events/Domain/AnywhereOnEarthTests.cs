using DeepMath.Web.SharedKernel;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.Domain;

public sealed class AnywhereOnEarthTests
{
    [Fact]
    public void Is_twelve_hours_behind_utc_all_year_round()
    {
        var aoe = TimeZones.AnywhereOnEarth;

        Assert.False(aoe.SupportsDaylightSavingTime);
        Assert.Equal(TimeSpan.FromHours(-12), aoe.GetUtcOffset(Utc("2025-01-15T12:00:00Z")));
        Assert.Equal(TimeSpan.FromHours(-12), aoe.GetUtcOffset(Utc("2025-07-15T12:00:00Z")));
    }

    [Fact]
    public void Call_closing_on_a_date_anywhere_on_earth_ends_at_noon_utc_the_next_day()
    {
        var window = CallWindow.For(Day("2025-07-01"), Day("2025-08-31"), TimeZones.AnywhereOnEarth);

        Assert.Equal(Utc("2025-07-01T12:00:00Z"), window.OpensAt);
        Assert.Equal(Utc("2025-09-01T12:00:00Z"), window.ClosesAt);
        Assert.True(window.IsOpenAt(Utc("2025-09-01T11:59:59.999Z")));
        Assert.False(window.IsOpenAt(Utc("2025-09-01T12:00:00Z")));
    }

    [Fact]
    public void Is_named_for_people_in_important_dates()
    {
        Assert.Equal("Anywhere on Earth (UTC−12)", TimeZones.DisplayName(TimeZones.AnywhereOnEarth));
        Assert.Equal("Europe/Berlin", TimeZones.DisplayName(Zone("Europe/Berlin")));
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/Santiago", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData(null, false)]
    public void Knows_iana_zones(string? id, bool known) => Assert.Equal(known, TimeZones.IsKnown(id));

    [Fact]
    public void Find_names_the_unknown_zone()
    {
        var error = Assert.Throws<ArgumentException>(() => TimeZones.Find("Mars/Olympus_Mons"));

        Assert.Contains("'Mars/Olympus_Mons'", error.Message);
    }
}
