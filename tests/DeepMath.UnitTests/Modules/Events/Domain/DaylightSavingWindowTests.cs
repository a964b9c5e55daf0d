using DeepMath.Web.SharedKernel;
using static DeepMath.UnitTests.Modules.Events.Domain.Instants;

namespace DeepMath.UnitTests.Modules.Events.Domain;

/// <summary>Windows whose opening and closing fall on different sides of a daylight-saving change.</summary>
public sealed class DaylightSavingWindowTests
{
    [Fact]
    public void Berlin_spring_change_closes_at_local_midnight_in_summer_time()
    {
        var berlin = Zone("Europe/Berlin");

        var window = CallWindow.For(Day("2025-03-01"), Day("2025-03-31"), berlin);

        Assert.Equal(Utc("2025-02-28T23:00:00Z"), window.OpensAt);
        Assert.Equal(Utc("2025-03-31T22:00:00Z"), window.ClosesAt);
        Assert.True(window.IsOpenAt(Utc("2025-03-31T21:59:59.999Z")));
        Assert.False(window.IsOpenAt(Utc("2025-03-31T22:00:00Z")));
    }

    [Fact]
    public void New_york_autumn_change_closes_at_local_midnight_in_standard_time()
    {
        var newYork = Zone("America/New_York");

        var window = CallWindow.For(Day("2025-10-01"), Day("2025-11-30"), newYork);

        Assert.Equal(Utc("2025-10-01T04:00:00Z"), window.OpensAt);
        Assert.Equal(Utc("2025-12-01T05:00:00Z"), window.ClosesAt);
        Assert.True(window.IsOpenAt(Local("2025-11-30T23:59:59.999", newYork)));
        Assert.False(window.IsOpenAt(Local("2025-12-01T00:00:00", newYork)));
    }

    [Fact]
    public void New_york_deadline_on_the_change_day_itself_is_25_hours_long()
    {
        var newYork = Zone("America/New_York");

        var window = CallWindow.For(Day("2025-11-02"), Day("2025-11-02"), newYork);

        Assert.Equal(TimeSpan.FromHours(25), window.ClosesAt - window.OpensAt);
        Assert.Equal(Utc("2025-11-03T04:59:59.999Z"), window.LastAcceptedInstant);
    }

    [Fact]
    public void Santiago_call_opening_on_a_skipped_midnight_opens_at_one_in_the_morning()
    {
        var santiago = Zone("America/Santiago");

        var window = CallWindow.For(Day("2025-09-07"), Day("2025-09-30"), santiago);

        Assert.Equal(Utc("2025-09-07T04:00:00Z"), window.OpensAt);
        Assert.Equal(WindowPhase.NotYetOpen, window.PhaseAt(Utc("2025-09-07T03:59:59.999Z")));
        Assert.Equal(WindowPhase.Open, window.PhaseAt(Local("2025-09-07T01:00:00", santiago)));
    }
}
