using System.Diagnostics;
using System.Globalization;
using DeepMath.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DecisionsBench;

/// <summary>
/// The decision table of a call with 10,000 submissions and 40,000 reviews: the first page as organizers open
/// it, and the page sorted by calibrated score, each the median of timed requests after a warm-up.
/// </summary>
public static class DashboardBench
{
    private const int Submissions = 10_000;
    private const int ReviewsPerSubmission = 4;
    private const int Runs = 15;

    public static async Task<int> RunAsync(string baseConnection)
    {
        // The data stays between runs; a change of the generator's figures calls for a new slug.
        var slug = $"bench-dashboard-{Submissions}-{ReviewsPerSubmission}";
        var connection = await BenchApp.DatabaseAsync(baseConnection, "deepmath_bench", fresh: false);
        await using var smtp = new SmtpListener();
        await using var app = new BenchApp(connection, smtp.Port);
        _ = app.Server;
        var generate = Stopwatch.StartNew();
        var callId = await Generator.FindCallAsync(app.Services, slug)
            ?? await Generator.CallAsync(app.Services, slug, Submissions, ReviewsPerSubmission, authorsPerSubmission: 3, reviewers: 400);
        Console.Error.WriteLine($"data ready in {generate.Elapsed.TotalSeconds:0.0} s");
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await Login.SignInAsync(client, Generator.Organizer, Generator.Password);

        var page = $"/calls/{callId}/decisions";
        var first = await MedianAsync(client, page);
        var sorted = await MedianAsync(client, page + "?sort=calibrated");
        var filtered = await MedianAsync(client, page + "?sort=weighted&topic=Kernels&decision=undecided&page=3");
        Console.WriteLine($"submissions: {Submissions}");
        Console.WriteLine($"reviews: {Submissions * ReviewsPerSubmission}");
        Console.WriteLine($"first_page_ms: {first.ToString("0.0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"sorted_page_ms: {sorted.ToString("0.0", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"filtered_sorted_page_ms: {filtered.ToString("0.0", CultureInfo.InvariantCulture)}");
        return 0;
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
