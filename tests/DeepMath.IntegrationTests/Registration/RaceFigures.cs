using System.Globalization;
using Xunit.Abstractions;

namespace DeepMath.IntegrationTests.Registration;

/// <summary>The race's figures, for the test output and for bench/registration-race (which sets DEEPMATH_BENCH_OUT).</summary>
public static class RaceFigures
{
    public static void Report(ITestOutputHelper output, int confirmed, int waitlisted, int errors, TimeSpan elapsed, IReadOnlyList<TimeSpan> latencies, TimeSpan cpu)
    {
        var sorted = latencies.Select(l => l.TotalMilliseconds).Order().ToList();
        double Percentile(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        var lines = string.Join('\n', new[]
        {
            $"requests: {latencies.Count}",
            $"confirmed: {confirmed}",
            $"waitlisted: {waitlisted}",
            $"errors: {errors}",
            $"elapsed_seconds: {elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)}",
            $"throughput_per_second: {(latencies.Count / elapsed.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture)}",
            $"latency_p50_ms: {Percentile(0.50).ToString("0", CultureInfo.InvariantCulture)}",
            $"latency_p99_ms: {Percentile(0.99).ToString("0", CultureInfo.InvariantCulture)}",
            // CPU the whole process (app, database client and the 2,000 simulated visitors) spent on the burst: what the
            // throughput would be with every core of the machine on it, a figure that a loaded machine does not distort.
            $"cpu_seconds: {cpu.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)}",
            $"cpu_ms_per_request: {(cpu.TotalMilliseconds / latencies.Count).ToString("0.00", CultureInfo.InvariantCulture)}",
            $"cpu_bound_throughput_per_second: {(latencies.Count * Environment.ProcessorCount / cpu.TotalSeconds).ToString("0", CultureInfo.InvariantCulture)}",
        });
        output.WriteLine(lines);
        if (Environment.GetEnvironmentVariable("DEEPMATH_BENCH_OUT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, lines + "\n");
        }
    }
}
