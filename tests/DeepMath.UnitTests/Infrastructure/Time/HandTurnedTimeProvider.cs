namespace DeepMath.UnitTests.Infrastructure.Time;

/// <summary>Stands in for the system clock: time passes only when a test says so.</summary>
public sealed class HandTurnedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Pass(TimeSpan span) => _now += span;
}
