using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.Domain;

/// <summary>Times of day are wall-clock times in the event's zone: instants and text across daylight-saving changes and far from UTC.</summary>
public sealed class EventTimesTests
{
    private static Event At(string zone, string first, string last, TimeOnly? start, TimeOnly? end) => new()
    {
        Title = "Talk", Slug = "talk", TimeZoneId = zone, StartsOn = Day(first), EndsOn = Day(last), StartTime = start, EndTime = end,
    };

    [Fact]
    public void Weijie_Su_talk_in_Shanghai_is_02_30_to_03_30_utc_and_says_its_zone()
    {
        var talk = At("Asia/Shanghai", "2025-07-23", "2025-07-23", new(10, 30), new(11, 30));

        Assert.Equal(Utc("2025-07-23T02:30:00Z"), talk.StartsAt);
        Assert.Equal(Utc("2025-07-23T03:30:00Z"), talk.EndsAt);
        Assert.Equal("Wednesday 23 July 2025, 10:30–11:30 (Asia/Shanghai, UTC+08:00)", EventTimes.Text(talk));
    }

    [Fact]
    public void Berlin_on_the_last_sunday_of_march_is_in_summer_time_and_the_day_before_is_not()
    {
        var sunday = At("Europe/Berlin", "2025-03-30", "2025-03-30", new(9, 0), new(13, 0));
        var saturday = At("Europe/Berlin", "2025-03-29", "2025-03-29", new(9, 0), new(13, 0));

        Assert.Equal(Utc("2025-03-30T07:00:00Z"), sunday.StartsAt);
        Assert.Equal(Utc("2025-03-30T11:00:00Z"), sunday.EndsAt);
        Assert.Equal(Utc("2025-03-29T08:00:00Z"), saturday.StartsAt);
        Assert.Equal("Sunday 30 March 2025, 09:00–13:00 (Europe/Berlin, UTC+02:00)", EventTimes.Text(sunday));
        Assert.Equal("Saturday 29 March 2025, 09:00–13:00 (Europe/Berlin, UTC+01:00)", EventTimes.Text(saturday));
    }

    [Fact]
    public void A_workshop_across_the_spring_change_lasts_an_hour_less_than_its_wall_clock_and_names_both_offsets()
    {
        var workshop = At("Europe/Berlin", "2025-03-29", "2025-03-30", new(9, 0), new(13, 0));

        Assert.Equal(TimeSpan.FromHours(27), workshop.EndsAt - workshop.StartsAt);
        Assert.Equal("Saturday 29 March 2025 09:00 – Sunday 30 March 2025 13:00 (Europe/Berlin, UTC+01:00 → UTC+02:00)", EventTimes.Text(workshop));
    }

    [Fact]
    public void A_time_in_the_skipped_hour_moves_forward_by_the_gap()
    {
        var zone = Zone("Europe/Berlin");

        Assert.Equal(Utc("2025-03-30T01:30:00Z"), ZonedTimes.ToInstant(Day("2025-03-30"), new(2, 30), zone));
        Assert.Equal("Sunday 30 March 2025, 03:30–04:00 (Europe/Berlin, UTC+02:00)",
            EventTimes.Text(Day("2025-03-30"), Day("2025-03-30"), new(2, 30), new(4, 0), zone));
    }

    [Fact]
    public void A_time_that_happens_twice_in_october_is_its_first_occurrence()
    {
        var zone = Zone("Europe/Berlin");

        Assert.Equal(Utc("2025-10-26T00:30:00Z"), ZonedTimes.ToInstant(Day("2025-10-26"), new(2, 30), zone));
        Assert.Equal(Utc("2025-10-26T09:00:00Z"), ZonedTimes.ToInstant(Day("2025-10-26"), new(10, 0), zone));
        Assert.Equal(Utc("2025-10-25T08:00:00Z"), ZonedTimes.ToInstant(Day("2025-10-25"), new(10, 0), zone));
    }

    [Fact]
    public void Auckland_is_a_day_ahead_of_utc_and_changes_offset_on_the_last_sunday_of_september()
    {
        var winter = At("Pacific/Auckland", "2025-07-23", "2025-07-23", new(10, 30), new(11, 30));
        var spring = At("Pacific/Auckland", "2025-09-28", "2025-09-28", new(9, 0), new(13, 0));

        Assert.Equal(Utc("2025-07-22T22:30:00Z"), winter.StartsAt);
        Assert.Equal(Utc("2025-09-27T20:00:00Z"), spring.StartsAt);
        Assert.Equal("Sunday 28 September 2025, 09:00–13:00 (Pacific/Auckland, UTC+13:00)", EventTimes.Text(spring));
        Assert.Contains("UTC+12:00", EventTimes.Text(winter), StringComparison.Ordinal);
    }

    [Fact]
    public void Kiritimati_is_fourteen_hours_ahead_so_its_morning_is_the_previous_day_in_utc()
    {
        var talk = At("Pacific/Kiritimati", "2025-07-23", "2025-07-23", new(10, 30), new(11, 30));

        Assert.Equal(Utc("2025-07-22T20:30:00Z"), talk.StartsAt);
        Assert.Equal("Wednesday 23 July 2025, 10:30–11:30 (Pacific/Kiritimati, UTC+14:00)", EventTimes.Text(talk));
    }

    [Fact]
    public void Los_angeles_falls_back_on_the_first_sunday_of_november()
    {
        var saturday = At("America/Los_Angeles", "2025-11-01", "2025-11-01", new(9, 0), new(10, 0));
        var sunday = At("America/Los_Angeles", "2025-11-02", "2025-11-02", new(9, 0), new(10, 0));

        Assert.Equal(Utc("2025-11-01T16:00:00Z"), saturday.StartsAt);
        Assert.Equal(Utc("2025-11-02T17:00:00Z"), sunday.StartsAt);
        Assert.Equal("Sunday 2 November 2025, 09:00–10:00 (America/Los_Angeles, UTC−08:00)", EventTimes.Text(sunday));
        Assert.Equal(TimeSpan.FromHours(25), sunday.StartsAt - saturday.StartsAt);
    }

    [Fact]
    public void Without_times_an_event_spans_whole_days_in_its_zone()
    {
        var conference = At("America/New_York", "2025-11-06", "2025-11-07", null, null);

        Assert.Equal(Utc("2025-11-06T05:00:00Z"), conference.StartsAt);
        Assert.Equal(Utc("2025-11-08T05:00:00Z"), conference.EndsAt);
        Assert.Equal("Thursday 6 November 2025 – Friday 7 November 2025", EventTimes.Text(conference));
    }

    [Fact]
    public void The_zone_list_holds_the_far_zones_and_refuses_aliases_and_inventions()
    {
        foreach (var id in new[] { "Pacific/Kiritimati", "Pacific/Auckland", "America/Los_Angeles", "Europe/Berlin", "Asia/Shanghai", "UTC" })
        {
            Assert.True(IanaZones.IsListed(id), id);
        }
        Assert.False(IanaZones.IsListed("Mars/Olympus"));
        Assert.False(IanaZones.IsListed("US/Pacific"));
        Assert.False(IanaZones.IsListed(null));
    }
}
