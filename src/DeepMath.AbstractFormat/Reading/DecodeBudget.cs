using System.Diagnostics;

namespace DeepMath.AbstractFormat.Reading;

/// <summary>
/// What one check may spend: decompressed bytes and processor time (see <see cref="ThreadCpuClock"/>), counted
/// on the thread that created it, which runs the whole check. It remembers when it ran out,
/// because the PDF library sometimes swallows exceptions thrown while reading a page.
/// </summary>
internal sealed class DecodeBudget(long maxDecodedBytes, TimeSpan timeLimit, CancellationToken cancellationToken)
{
    private readonly TimeSpan _started = ThreadCpuClock.Now();

    // One thread cannot have spent more processor time than has passed: the thread's clock (a system call, about
    // 1 µs) is read only once the wall clock (a few nanoseconds) says the limit could have been reached.
    private readonly long _startedWall = Stopwatch.GetTimestamp();
    private long _decodedBytes;

    public bool BytesExceeded { get; private set; }

    public bool TimeExceeded { get; private set; }

    public long MaxDecodedBytes => maxDecodedBytes;

    public TimeSpan TimeLimit => timeLimit;

    /// <summary>Counts decompressed bytes; throws once the total passes the limit.</summary>
    public void Spend(long bytes)
    {
        _decodedBytes += bytes;
        if (_decodedBytes > maxDecodedBytes)
        {
            BytesExceeded = true;
            throw new DecodeBudgetExceededException("decompressed data");
        }

        CheckTime();
    }

    /// <summary>Throws when the caller cancelled or the time limit has passed.</summary>
    public void CheckTime()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetElapsedTime(_startedWall) > timeLimit && ThreadCpuClock.Now() - _started > timeLimit)
        {
            TimeExceeded = true;
            throw new DecodeBudgetExceededException("time");
        }
    }
}
