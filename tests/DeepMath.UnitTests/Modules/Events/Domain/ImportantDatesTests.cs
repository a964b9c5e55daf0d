using DeepMath.Web.Modules.Events.Domain;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.Domain;

public sealed class ImportantDatesTests
{
    private static Event DeepMath2025() => new()
    {
        Title = "DeepMath 2025",
        Slug = "deepmath-2025",
        TimeZoneId = "Europe/Berlin",
        StartsOn = Day("2025-11-06"),
        EndsOn = Day("2025-11-07"),
        RegistrationOpensOn = Day("2025-10-01"),
        RegistrationClosesOn = Day("2025-11-05"),
    };

    private static Call AbstractsCall(string title = "Call for abstracts") => new()
    {
        Title = title,
        OpensOn = Day("2025-07-01"),
        ClosesOn = Day("2025-08-31"),
        NotificationOn = Day("2025-10-01"),
    };

    [Fact]
    public void Lists_call_registration_and_event_dates_sorted_by_date()
    {
        var dates = ImportantDates.For(DeepMath2025(), [AbstractsCall()], Utc("2025-06-27T22:00:00Z"));

        Assert.Equal(
            [
                ("Submissions open", Day("2025-07-01")),
                ("Submission deadline", Day("2025-08-31")),
                ("Notification of decisions", Day("2025-10-01")),
                ("Registration opens", Day("2025-10-01")),
                ("Registration deadline", Day("2025-11-05")),
                ("Event starts", Day("2025-11-06")),
            ],
            dates.Select(d => (d.Label, d.Date)));
        Assert.All(dates, d => Assert.Equal("Europe/Berlin", d.ZoneName));
        Assert.All(dates, d => Assert.False(d.IsPast));
    }

    [Fact]
    public void Three_days_before_opening_says_opens_in_3_days()
    {
        var dates = ImportantDates.For(DeepMath2025(), [AbstractsCall()], Utc("2025-06-27T22:00:00Z"));

        Assert.Equal("opens in 3 days", dates.Single(d => d.Label == "Submissions open").State);
        Assert.Equal("in 65 days", dates.Single(d => d.Label == "Submission deadline").State);
        Assert.Equal("opens in 95 days", dates.Single(d => d.Label == "Registration opens").State);
    }

    [Fact]
    public void Five_hours_before_the_deadline_says_open_and_closes_in_5_h()
    {
        var dates = ImportantDates.For(DeepMath2025(), [AbstractsCall()], Utc("2025-08-31T17:00:00Z"));

        // The opening row says it is open; the deadline row says how long is left.
        var opening = dates.Single(d => d.Label == "Submissions open");
        Assert.Equal("open", opening.State);
        Assert.True(opening.IsPast);
        var deadline = dates.Single(d => d.Label == "Submission deadline");
        Assert.Equal("open — closes in 5 h", deadline.State);
        Assert.False(deadline.IsPast);
    }

    [Fact]
    public void At_the_deadline_instant_the_call_is_closed()
    {
        var dates = ImportantDates.For(DeepMath2025(), [AbstractsCall()], Utc("2025-08-31T22:00:00Z"));

        var deadline = dates.Single(d => d.Label == "Submission deadline");
        Assert.Equal("closed", deadline.State);
        Assert.True(deadline.IsPast);
    }

    [Fact]
    public void Notification_and_event_days_say_today_under_way_and_over()
    {
        var ev = DeepMath2025();

        Assert.Equal("today", ImportantDates.For(ev, [AbstractsCall()], Utc("2025-10-01T12:00:00Z")).Single(d => d.Label == "Notification of decisions").State);
        Assert.Equal("passed", ImportantDates.For(ev, [AbstractsCall()], Utc("2025-10-02T12:00:00Z")).Single(d => d.Label == "Notification of decisions").State);
        Assert.Equal("under way", ImportantDates.For(ev, [], Utc("2025-11-07T22:59:59.999Z")).Single(d => d.Label == "Event starts").State);
        var over = ImportantDates.For(ev, [], Utc("2025-11-07T23:00:00Z")).Single(d => d.Label == "Event starts");
        Assert.Equal("over", over.State);
        Assert.True(over.IsPast);
    }

    [Fact]
    public void Registration_is_left_out_unless_both_dates_are_set()
    {
        var ev = DeepMath2025();
        ev.RegistrationClosesOn = null;

        var dates = ImportantDates.For(ev, [AbstractsCall()], Utc("2025-06-27T22:00:00Z"));

        Assert.DoesNotContain(dates, d => d.Label.StartsWith("Registration", StringComparison.Ordinal));
    }

    [Fact]
    public void Single_day_event_is_called_event()
    {
        var ev = DeepMath2025();
        ev.EndsOn = ev.StartsOn;

        var dates = ImportantDates.For(ev, [], Utc("2025-06-27T22:00:00Z"));

        Assert.Contains(dates, d => d.Label == "Event" && d.Date == Day("2025-11-06"));
    }

    [Fact]
    public void Several_calls_are_told_apart_by_title()
    {
        var posters = AbstractsCall("Posters");
        posters.OpensOn = Day("2025-08-01");

        var dates = ImportantDates.For(DeepMath2025(), [AbstractsCall("Talks"), posters], Utc("2025-06-27T22:00:00Z"));

        Assert.Contains(dates, d => d.Label == "Talks: Submissions open" && d.Date == Day("2025-07-01"));
        Assert.Contains(dates, d => d.Label == "Posters: Submissions open" && d.Date == Day("2025-08-01"));
        Assert.Equal(dates.OrderBy(d => d.Date).Select(d => d.Date), dates.Select(d => d.Date));
    }

    [Fact]
    public void Anywhere_on_earth_call_names_that_zone_and_uses_its_deadline()
    {
        var call = AbstractsCall();
        call.DeadlineZone = DeadlineZone.AnywhereOnEarth;

        var dates = ImportantDates.For(DeepMath2025(), [call], Utc("2025-09-01T11:00:00Z"));

        var deadline = dates.Single(d => d.Label == "Submission deadline");
        Assert.Equal("Anywhere on Earth (UTC−12)", deadline.ZoneName);
        Assert.Equal("open — closes in 1 h", deadline.State);
        Assert.Equal("Europe/Berlin", dates.Single(d => d.Label == "Event starts").ZoneName);
    }

    [Fact]
    public void Days_until_a_date_are_calendar_days_in_the_zone()
    {
        // 20 August 2025, 08:00 in New York: 1 October is 42 calendar days away, 6 November 78.
        var dates = ImportantDates.For(DeepMath2025(), [AbstractsCall()], Utc("2025-08-20T12:00:00Z"));
        Assert.Equal("in 42 days", dates.Single(d => d.Label == "Notification of decisions").State);
        Assert.Equal("in 78 days", dates.Single(d => d.Label == "Event starts").State);
        Assert.Equal("opens in 42 days", dates.Single(d => d.Label == "Registration opens").State);
        Assert.Equal("open — closes in 11 days", dates.Single(d => d.Label == "Submission deadline").State);
    }
}
