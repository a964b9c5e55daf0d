using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DeepMath.AbstractFormat.Reading;

/// <summary>
/// The processor time the calling thread has used. A check's time budget is spent in this time, not on the wall
/// clock: a file built to overload the reader costs the same processor time on a busy machine as on an idle one,
/// whereas a well-formed abstract must not be refused because a deadline surge or the first compilation of the
/// reader kept it waiting for a core. Where the thread clock is not available (not Linux), the wall clock stands in.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;
    private static readonly bool _available = OperatingSystem.IsLinux() && Probe();

    /// <summary>Whether <see cref="Now"/> reads the thread's processor time rather than the wall clock.</summary>
    public static bool MeasuresProcessorTime => _available;

    /// <summary>A reading to subtract another from; only differences on one thread mean anything.</summary>
    public static TimeSpan Now() =>
        _available && ClockGetTime(ClockThreadCpuTimeId, out var value) == 0
            ? TimeSpan.FromTicks((value.Seconds * TimeSpan.TicksPerSecond) + (value.Nanoseconds / 100))
            : Stopwatch.GetElapsedTime(0);

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec value);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
