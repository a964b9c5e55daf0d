using System.Globalization;

namespace ProcessBench;

/// <summary>The machine's busy CPU time from /proc/stat (every process: app, driver, PostgreSQL, the rest).</summary>
public static class MachineCpu
{
    public static TimeSpan Busy()
    {
        // cpu  user nice system idle iowait irq softirq steal ... in clock ticks (USER_HZ, 100 on Linux).
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = new[] { 1, 2, 3, 6, 7, 8 }.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return TimeSpan.FromMilliseconds(ticks * 10.0);
    }
}
