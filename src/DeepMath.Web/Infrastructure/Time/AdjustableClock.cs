namespace DeepMath.Web.Infrastructure.Time;

/// <summary>
/// The application's clock. In production it is the system clock; in Development and tests it can be
/// moved to another instant (and then keeps running from there) or frozen, so that the whole 2025
/// lifecycle can be walked through today. Every service asks TimeProvider, never DateTime.UtcNow.
/// </summary>
public sealed class AdjustableClock(TimeProvider system) : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public bool IsAdjusted { get; private set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozenAt ?? system.GetUtcNow() + _offset;
        }
    }

    /// <summary>Moves the clock to <paramref name="instant"/>; it keeps running from there.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        lock (_gate)
        {
            _frozenAt = null;
            _offset = instant - system.GetUtcNow();
            IsAdjusted = true;
        }
    }

    /// <summary>Stops the clock at <paramref name="instant"/> until it is moved or frozen again.</summary>
    public void Freeze(DateTimeOffset instant)
    {
        lock (_gate)
        {
            _frozenAt = instant;
            IsAdjusted = true;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            if (_frozenAt is { } frozen)
            {
                _frozenAt = frozen + by;
            }
            else
            {
                _offset += by;
            }
            IsAdjusted = true;
        }
    }
}
