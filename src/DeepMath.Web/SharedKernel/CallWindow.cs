namespace DeepMath.Web.SharedKernel;

// Shared: a call's submissions, bidding, reviews and registration all open and close as one of these windows.

/// <summary>
/// When a call accepts submissions: from <see cref="OpensAt"/> (inclusive) to <see cref="ClosesAt"/>
/// (exclusive). "Close 2025-08-31" means the last accepted instant is 2025-08-31 23:59:59.999 and
/// 2025-09-01 00:00:00.000 is already closed.
/// </summary>
public readonly record struct CallWindow(DateTimeOffset OpensAt, DateTimeOffset ClosesAt, TimeZoneInfo Zone)
{
    public static CallWindow For(DateOnly opensOn, DateOnly closesOn, TimeZoneInfo zone) =>
        new(WholeDays.StartOf(opensOn, zone), WholeDays.EndOf(closesOn, zone), zone);

    public DateTimeOffset LastAcceptedInstant => ClosesAt.AddMilliseconds(-1);

    public WindowPhase PhaseAt(DateTimeOffset now) =>
        now < OpensAt ? WindowPhase.NotYetOpen
        : now < ClosesAt ? WindowPhase.Open
        : WindowPhase.Closed;

    public bool IsOpenAt(DateTimeOffset now) => PhaseAt(now) == WindowPhase.Open;
}
