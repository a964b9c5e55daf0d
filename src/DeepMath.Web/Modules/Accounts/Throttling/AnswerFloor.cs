using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Accounts.Throttling;

/// <summary>
/// Answers that must not tell which addresses have accounts (a refused sign-in, a reset request, a registration) wait
/// until a floor (Throttle:AnswerFloorMilliseconds) after they began. What they do differs by address: a wrong
/// password for an account writes its failed-attempt count, a reset mail is queued only for an account, a new account
/// is a row more; on a busy server a database write is tens of milliseconds. Waiting holds no thread and no connection.
/// </summary>
public sealed class AnswerFloor(IOptions<ThrottleOptions> options)
{
    public static long Start() => Stopwatch.GetTimestamp();

    /// <summary>Returns no sooner than the floor after <paramref name="started"/> (from <see cref="Start"/>).</summary>
    public async Task WaitAsync(long started, CancellationToken cancellationToken)
    {
        // A timer may fire a millisecond or so early: wait again for what is left, rounded up.
        TimeSpan left;
        while ((left = options.Value.AnswerFloor - Stopwatch.GetElapsedTime(started)) > TimeSpan.Zero)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), cancellationToken);
        }
    }
}
