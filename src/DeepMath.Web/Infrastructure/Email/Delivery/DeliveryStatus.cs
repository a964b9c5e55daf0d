namespace DeepMath.Web.Infrastructure.Email.Delivery;

/// <summary>What this instance's delivery loop last did, for /health and the admin page.</summary>
public sealed class DeliveryStatus(TimeProvider clock)
{
    private long _lastRunTicks;
    private long _lastSentTicks;

    public DateTimeOffset? LastRunAt => Read(ref _lastRunTicks);

    public DateTimeOffset? LastSentAt => Read(ref _lastSentTicks);

    public void RecordRun(int sent)
    {
        var now = clock.GetUtcNow().UtcTicks;
        Interlocked.Exchange(ref _lastRunTicks, now);
        if (sent > 0)
        {
            Interlocked.Exchange(ref _lastSentTicks, now);
        }
    }

    private static DateTimeOffset? Read(ref long ticks)
    {
        var value = Interlocked.Read(ref ticks);
        return value == 0 ? null : new DateTimeOffset(value, TimeSpan.Zero);
    }
}
