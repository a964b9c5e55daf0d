using System.Diagnostics;
using System.Globalization;
using DeepMath.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DecisionsBench;

/// <summary>
/// The decision table of a call at NeurIPS scale (25,000 submissions, 100,000 reviews by 4,000 reviewers; the
/// earlier 10,000 / 40,000 / 400 with --small): the first page as organizers open it, the page sorted by
/// calibrated score and a filtered one, each the median of timed requests after a warm-up; then the CSV export
/// of every row, timed to its last byte.
/// </summary>
public static class DashboardBench
{
    private const int ReviewsPerSubmission = 4;
    private const int Runs = 15;
    private const int CsvRuns = 3;

    public static async Task<int> RunAsync(string baseConnection, bool small)
    {
        var (submissions, reviewers) = small ? (10_000, 400) : (25_000, 4_000);
        // The data stays between runs; a change of the generator's figures calls for a new slug.
        var slug = small ? $"bench-dashboard-{submissions}-{ReviewsPerSubmission}" : $"bench-dashboard-{submissions}-{ReviewsPerSubmission}-{reviewers}";
        var connection = await BenchApp.SchemaDatabaseAsync(baseConnection, "deepmath_bench_schema");
        await using var smtp = new SmtpListener();
        await using var app = new BenchApp(connection, smtp.Port);
        _ = app.Server;
        var generate = Stopwatch.StartNew();
        var callId = await Generator.FindCallAsync(app.Services, slug)
            ?? await Generator.CallAsync(app.Services, slug, submissions, ReviewsPerSubmission, authorsPerSubmission: 3, reviewers: reviewers);
        Console.Error.WriteLine($"data ready in {generate.Elapsed.TotalSeconds:0.0} s");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await Login.SignInAsync(client, Generator.Organizer, Generator.Password);

        var page = $"/calls/{callId}/decisions";
        var first = await MedianAsync(client, page);
        var sorted = await MedianAsync(client, page + "?sort=calibrated");
        var filtered = await MedianAsync(client, page + "?sort=weighted&topic=Kernels&decision=undecided&page=3");
        var (csvSeconds, csvFirstByte, csvRows, csvBytes) = await CsvAsync(client, $"/calls/{callId}/decisions/export/submissions.csv");
        if (csvRows != submissions)
        {
            throw new InvalidOperationException($"The CSV export has {csvRows} rows, not {submissions}.");
        }
        Console.WriteLine($"submissions: {submissions}");
        Console.WriteLine($"reviews: {submissions * ReviewsPerSubmission}");
        Console.WriteLine($"reviewers: {reviewers}");
        Console.WriteLine($"first_page_ms: {first.ToString("0.0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"sorted_page_ms: {sorted.ToString("0.0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"filtered_sorted_page_ms: {filtered.ToString("0.0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"csv_first_byte_seconds: {csvFirstByte.ToString("0.00", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"csv_export_seconds: {csvSeconds.ToString("0.00", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"csv_rows: {csvRows}");
        Console.WriteLine($"csv_megabytes: {(csvBytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture)}");
        return 0;
    }

    /// <summary>The median over <see cref="CsvRuns"/> downloads (after one warm-up) of the time to the last byte, with the time to the first.</summary>
    private static async Task<(double Seconds, double FirstByte, int Rows, long Bytes)> CsvAsync(HttpClient client, string url)
    {
        var runs = new List<(double Seconds, double FirstByte, int Rows, long Bytes)>();
        for (var i = 0; i <= CsvRuns; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[81920];
            double firstByte = -1;
            long bytes = 0;
            var lines = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                if (firstByte < 0)
                {
                    firstByte = watch.Elapsed.TotalSeconds;
                }
                bytes += read;
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
            if (i > 0)
            {
                // The header line, and no line break inside the generated titles: rows are lines less one.
                runs.Add((watch.Elapsed.TotalSeconds, firstByte, lines - 1, bytes));
            }
        }
        return runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);
    }

    private static async Task<double> MedianAsync(HttpClient client, string url)
    {
        for (var i = 0; i < 3; i++)
        {
            await GetAsync(client, url);
        }
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await GetAsync(client, url);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !html.Contains("data-testid=\"decision-table\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} without the table.");
        }
    }
}
