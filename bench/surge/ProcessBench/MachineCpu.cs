using System.Globalization;

namespace ProcessBench;

/// <summary>CPU time from /proc: the whole machine's busy time, and that of the PostgreSQL processes.</summary>
public static class MachineCpu
{
    private const double MillisecondsPerTick = 10.0; // USER_HZ is 100 on Linux

    /// <summary>Every process's busy time (app, driver, PostgreSQL, the kernel, the rest) from /proc/stat.</summary>
    public static TimeSpan Busy()
    {
        // cpu  user nice system idle iowait irq softirq steal ... in clock ticks.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return TimeSpan.FromMilliseconds(ticks * MillisecondsPerTick);
    }

    /// <summary>
    /// User and system time of the processes named "postgres" that are alive now. The app's pooled connections keep
    /// their backends for the whole run, so the difference of two readings is what PostgreSQL spent on the run.
    /// </summary>
    public static TimeSpan Postgres()
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).EndsWith("(postgres", StringComparison.Ordinal))
                {
                    continue;
                }
                // After "pid (comm) ": state is field 3; utime and stime are fields 14 and 15.
                var rest = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // A process that ended between listing and reading.
            }
        }
        return TimeSpan.FromMilliseconds(ticks * MillisecondsPerTick);
    }
}
