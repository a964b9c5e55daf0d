using DeepMath.Web.Infrastructure.Time;

namespace DeepMath.UnitTests.Infrastructure.Time;

public sealed class AdjustableClockTests
{
    private static readonly DateTimeOffset _today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _deadline = new(2025, 8, 31, 21, 59, 0, TimeSpan.Zero);

    private readonly HandTurnedTimeProvider _system = new(_today);

    [Fact]
    public void Unadjusted_clock_tells_system_time()
    {
        var clock = new AdjustableClock(_system);
        _system.Pass(TimeSpan.FromSeconds(5));

        Assert.Equal(_today.AddSeconds(5), clock.GetUtcNow());
        Assert.False(clock.IsAdjusted);
    }

    [Fact]
    public void Moved_clock_keeps_running_from_the_new_instant()
    {
        var clock = new AdjustableClock(_system);

        clock.MoveTo(_deadline);
        Assert.Equal(_deadline, clock.GetUtcNow());
        _system.Pass(TimeSpan.FromSeconds(90));

        Assert.Equal(_deadline.AddSeconds(90), clock.GetUtcNow());
        Assert.True(clock.IsAdjusted);
    }

    [Fact]
    public void Frozen_clock_stands_still()
    {
        var clock = new AdjustableClock(_system);

        clock.Freeze(_deadline);
        _system.Pass(TimeSpan.FromHours(3));

        Assert.Equal(_deadline, clock.GetUtcNow());
        Assert.True(clock.IsAdjusted);
    }

    [Fact]
    public void Advancing_a_frozen_clock_moves_it_and_keeps_it_frozen()
    {
        var clock = new AdjustableClock(_system);
        clock.Freeze(_deadline);

        clock.Advance(TimeSpan.FromMinutes(1));
        _system.Pass(TimeSpan.FromHours(1));

        Assert.Equal(_deadline.AddMinutes(1), clock.GetUtcNow());
    }

    [Fact]
    public void Advancing_a_running_clock_jumps_ahead_and_keeps_running()
    {
        var clock = new AdjustableClock(_system);
        clock.MoveTo(_deadline);

        clock.Advance(TimeSpan.FromMinutes(1));
        _system.Pass(TimeSpan.FromSeconds(10));

        Assert.Equal(_deadline.AddMinutes(1).AddSeconds(10), clock.GetUtcNow());
    }

    [Fact]
    public void Moving_a_frozen_clock_unfreezes_it()
    {
        var clock = new AdjustableClock(_system);
        clock.Freeze(_deadline);

        clock.MoveTo(_deadline.AddDays(1));
        _system.Pass(TimeSpan.FromSeconds(7));

        Assert.Equal(_deadline.AddDays(1).AddSeconds(7), clock.GetUtcNow());
    }

    [Fact]
    public void Advancing_an_unadjusted_clock_marks_it_adjusted()
    {
        var clock = new AdjustableClock(_system);

        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(_today.AddDays(2), clock.GetUtcNow());
        Assert.True(clock.IsAdjusted);
    }
}
