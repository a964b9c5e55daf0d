using System.Diagnostics;
using System.Globalization;
using DeepMath.AbstractFormat;

// Times FormatChecker on one PDF: sequential latency (median, p95) after a warm-up, then throughput
// with one checker loop per core running in parallel. Usage: FormatBench FILE.pdf [iterations]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: FormatBench FILE.pdf [iterations]");
    return 2;
}

var pdf = File.ReadAllBytes(args[0]);
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
var checker = new FormatChecker();
ListedAuthor[] authors = [new("Samuel Okafor", "s.okafor@cs.example.com"), new("Maja Lindqvist", "majal@kth.example.net")];
string[] affiliations = ["University of Toronto", "KTH Royal Institute of Technology"];

FormatReport Check() => checker.Check(pdf, FormatRules.Default, authors, affiliations);

var first = Check();
if (!first.Passed)
{
    Console.Error.WriteLine($"The benchmark file does not pass: {string.Join(", ", first.Errors.Select(e => e.Code))}");
    return 1;
}

for (var i = 0; i < iterations; i++)
{
    Check();
}

var times = new double[iterations];
for (var i = 0; i < iterations; i++)
{
    var clock = Stopwatch.StartNew();
    Check();
    times[i] = clock.Elapsed.TotalMilliseconds;
}

Array.Sort(times);
var cores = Environment.ProcessorCount;
var parallelChecks = iterations * cores;
var wall = Stopwatch.StartNew();
Parallel.For(0, parallelChecks, new ParallelOptions { MaxDegreeOfParallelism = cores }, _ => Check());
var perSecond = parallelChecks / wall.Elapsed.TotalSeconds;

Console.WriteLine(FormattableString.Invariant($"pages: {first.Pages}"));
Console.WriteLine(FormattableString.Invariant($"check_median_ms: {Percentile(times, 0.50):0.00}"));
Console.WriteLine(FormattableString.Invariant($"check_p95_ms: {Percentile(times, 0.95):0.00}"));
Console.WriteLine(FormattableString.Invariant($"checks_per_second: {perSecond:0}"));
Console.WriteLine(FormattableString.Invariant($"cores: {cores}"));
return 0;

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
