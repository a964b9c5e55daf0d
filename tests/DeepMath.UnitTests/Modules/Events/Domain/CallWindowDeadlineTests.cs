using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.Domain;

/// <summary>The DeepMath 2025 call (opens 2025-07-01, closes 2025-08-31) seen from several zones.</summary>
public sealed class CallWindowDeadlineTests
{
    private static readonly DateOnly _opensOn = Day("2025-07-01");
    private static readonly DateOnly _closesOn = Day("2025-08-31");

    [Theory]
    [InlineData("America/New_York", "2025-07-01T04:00:00Z", "2025-09-01T04:00:00Z")]
    [InlineData("Europe/Berlin", "2025-06-30T22:00:00Z", "2025-08-31T22:00:00Z")]
    [InlineData("Asia/Tokyo", "2025-06-30T15:00:00Z", "2025-08-31T15:00:00Z")]
    [InlineData("UTC", "2025-07-01T00:00:00Z", "2025-09-01T00:00:00Z")]
    public void Window_runs_from_local_midnight_of_opening_to_local_midnight_after_deadline(string zoneId, string opensAt, string closesAt)
    {
        var window = CallWindow.For(_opensOn, _closesOn, Zone(zoneId));

        Assert.Equal(Utc(opensAt), window.OpensAt);
        Assert.Equal(Utc(closesAt), window.ClosesAt);
        Assert.Equal(Utc(closesAt).AddMilliseconds(-1), window.LastAcceptedInstant);
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Europe/Berlin")]
    [InlineData("Asia/Tokyo")]
    [InlineData("UTC")]
    public void Last_milliseconds_of_deadline_day_are_open_and_next_midnight_is_closed(string zoneId)
    {
        var zone = Zone(zoneId);
        var window = CallWindow.For(_opensOn, _closesOn, zone);

        Assert.True(window.IsOpenAt(Local("2025-08-31T23:59:59.998", zone)));
        Assert.True(window.IsOpenAt(Local("2025-08-31T23:59:59.999", zone)));
        Assert.False(window.IsOpenAt(Local("2025-09-01T00:00:00.000", zone)));
        Assert.Equal(WindowPhase.Closed, window.PhaseAt(Local("2025-09-01T00:00:00.000", zone)));
    }

    [Fact]
    public void New_York_deadline_closes_at_four_in_the_morning_utc()
    {
        var window = CallWindow.For(_opensOn, _closesOn, Zone("America/New_York"));

        Assert.Equal(WindowPhase.Open, window.PhaseAt(Utc("2025-09-01T03:59:59.999Z")));
        Assert.Equal(WindowPhase.Closed, window.PhaseAt(Utc("2025-09-01T04:00:00Z")));
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Europe/Berlin")]
    [InlineData("Asia/Tokyo")]
    [InlineData("UTC")]
    public void Opening_instant_is_open_and_one_millisecond_before_is_not(string zoneId)
    {
        var zone = Zone(zoneId);
        var window = CallWindow.For(_opensOn, _closesOn, zone);

        Assert.Equal(Local("2025-07-01T00:00:00", zone), window.OpensAt);
        Assert.Equal(WindowPhase.Open, window.PhaseAt(window.OpensAt));
        Assert.Equal(WindowPhase.NotYetOpen, window.PhaseAt(window.OpensAt.AddMilliseconds(-1)));
        Assert.False(window.IsOpenAt(window.OpensAt.AddMilliseconds(-1)));
    }

    [Fact]
    public void A_call_that_opens_and_closes_on_the_same_day_is_open_that_whole_day()
    {
        var zone = Zone("Europe/Berlin");
        var window = CallWindow.For(_closesOn, _closesOn, zone);

        Assert.Equal(TimeSpan.FromHours(24), window.ClosesAt - window.OpensAt);
        Assert.True(window.IsOpenAt(Local("2025-08-31T12:00:00", zone)));
    }

    [Fact]
    public void Call_window_uses_event_zone_unless_deadline_is_anywhere_on_earth()
    {
        var berlin = Zone("Europe/Berlin");
        var call = new Call { Title = "Call", OpensOn = _opensOn, ClosesOn = _closesOn, DeadlineZone = DeadlineZone.EventZone };

        Assert.Equal(Utc("2025-08-31T22:00:00Z"), call.Window(berlin).ClosesAt);

        call.DeadlineZone = DeadlineZone.AnywhereOnEarth;
        Assert.Equal(Utc("2025-09-01T12:00:00Z"), call.Window(berlin).ClosesAt);
        Assert.Same(TimeZones.AnywhereOnEarth, call.Window(berlin).Zone);
    }
}
