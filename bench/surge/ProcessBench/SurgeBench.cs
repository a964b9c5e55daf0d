using System.Diagnostics;
using System.Globalization;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace ProcessBench;

/// <summary>
/// COUNT authors at once, against the app as a separate process with its default connection budget: each
/// registers, confirms from the e-mail, signs in, uploads a one-page PDF and submits. Prints the authors,
/// how many submitted, the errors, submissions stored with exactly one PDF, receipts delivered (each once),
/// and the 99th percentile of all request latencies.
/// </summary>
public static class SurgeBench
{
    public static async Task<int> RunAsync(string connection, int count, bool cluster, double spreadSeconds, int warmUp)
    {
        await using var smtp = new SmtpListener();
        await using SurgeTarget app = cluster ? await ClusterTarget.StartAsync(connection, smtp.Port) : await ProcessTarget.StartAsync(connection, smtp.Port);
        var callId = await CreateCallAsync(connection);
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppProcess.RepositoryRoot, "tests", "fixtures", "abstracts", "ok-one-page.pdf"));

        await WarmUpAsync(app, smtp, callId, pdf, warmUp);
        var authors = Enumerable.Range(0, count).Select(i => new Author(app, smtp, callId, i, pdf)).ToList();
        var machineBefore = MachineCpu.Busy();
        var postgresBefore = MachineCpu.Postgres();
        var appBefore = app.ProcessorTime;
        var benchBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        // Author i arrives at i/N of the spread (0: all at the same instant), the way the last minute before a deadline fills.
        var outcomes = await Task.WhenAll(authors.Select((a, i) => Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(spreadSeconds * i / count));
            return await a.RunAsync();
        })));
        var seconds = watch.Elapsed.TotalSeconds;
        var machineCpu = MachineCpu.Busy() - machineBefore;
        var postgresCpu = MachineCpu.Postgres() - postgresBefore;
        var appCpu = app.ProcessorTime - appBefore;
        var benchCpu = Process.GetCurrentProcess().TotalProcessorTime - benchBefore;

        var submitted = outcomes.Count(o => o is null);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (Receipts(smtp).Count < submitted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        await Task.Delay(2000);
        int stored;
        await using (var db = BenchDatabase.Db(connection))
        {
            stored = await db.Submissions.CountAsync(s => s.CallId == callId && s.Title.StartsWith("Abstract ") && s.State == SubmissionState.Submitted
                && db.SubmissionPdfs.Count(p => p.SubmissionId == s.Id) == 1);
        }
        var receipts = Receipts(smtp);
        var confirmations = smtp.Messages.Count - receipts.Count;
        var latencies = authors.SelectMany(a => a.LatenciesMs).Select(l => l.Ms).Order().ToList();
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine($"target: {app.Description}");
        Console.WriteLine($"authors: {count}");
        Console.WriteLine($"warm_up_authors: {warmUp}");
        Console.WriteLine($"arrivals_over_seconds: {spreadSeconds.ToString("0", culture)}");
        Console.WriteLine($"submitted: {submitted}");
        Console.WriteLine($"errors: {count - submitted}{Errors(outcomes)}");
        Console.WriteLine($"stored: {stored}");
        Console.WriteLine($"mails: {receipts.Select(m => m.MessageId).Distinct().Count()} receipts, {confirmations} confirmations, {smtp.DuplicateMessageIds.Count} duplicates");
        Console.WriteLine($"p50_ms: {BenchDatabase.Percentile(latencies, 0.50).ToString("0", culture)}");
        Console.WriteLine($"p99_ms: {BenchDatabase.Percentile(latencies, 0.99).ToString("0", culture)}");
        Console.WriteLine($"requests: {latencies.Count}");
        Console.WriteLine($"seconds: {seconds.ToString("0.0", culture)}");
        // Where the CPU went while the authors ran, per author: the app, this driver, and the rest (PostgreSQL, mostly).
        Console.WriteLine($"cpu_ms_per_author_machine: {(machineCpu.TotalMilliseconds / count).ToString("0.0", culture)}");
        if (appCpu is { } used)
        {
            Console.WriteLine($"cpu_ms_per_author_app: {(used.TotalMilliseconds / count).ToString("0.0", culture)}");
        }
        Console.WriteLine($"cpu_ms_per_author_postgres: {(postgresCpu.TotalMilliseconds / count).ToString("0.0", culture)}");
        Console.WriteLine($"cpu_ms_per_author_driver: {(benchCpu.TotalMilliseconds / count).ToString("0.0", culture)}");
        foreach (var step in authors.SelectMany(a => a.LatenciesMs).GroupBy(l => l.Step).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sorted = step.Select(l => l.Ms).Order().ToList();
            Console.WriteLine($"step {step.Key}: p50 {BenchDatabase.Percentile(sorted, 0.50).ToString("0", culture)} ms, p99 {BenchDatabase.Percentile(sorted, 0.99).ToString("0", culture)} ms, n {sorted.Count}");
        }
        return submitted == count && stored == count && receipts.Count == count && smtp.DuplicateMessageIds.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// A deadline meets a server that has been up for days; a process started a second ago compiles every method
    /// of the journey on its first requests. WARM authors (titled "Warm-up", not counted) go through the same journey
    /// four at a time first, and their mails are forgotten before the measured surge starts.
    /// </summary>
    private static async Task WarmUpAsync(SurgeTarget app, SmtpListener smtp, Guid callId, byte[] pdf, int warmUp)
    {
        if (warmUp == 0)
        {
            return;
        }
        var warm = Enumerable.Range(0, warmUp).Select(i => new Author(app, smtp, callId, 1_000_000 + i, pdf, "Warm-up")).ToList();
        await Parallel.ForEachAsync(warm, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (a, _) => await a.RunAsync());
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (smtp.Messages.Count < 2 * warmUp && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        smtp.Clear();
    }

    private static List<MimeKit.MimeMessage> Receipts(SmtpListener smtp) =>
        [.. smtp.Messages.Where(m => (m.Subject ?? string.Empty).Contains("submission", StringComparison.OrdinalIgnoreCase))];

    private static string Errors(string?[] outcomes)
    {
        var failed = outcomes.Where(o => o is not null).GroupBy(o => o).Select(g => $"{g.Count()} at {g.Key}").ToList();
        return failed.Count == 0 ? string.Empty : $" ({string.Join(", ", failed)})";
    }

    private static async Task<Guid> CreateCallAsync(string connection)
    {
        await using var db = BenchDatabase.Db(connection);
        return await DeadlineCall.CreateAsync(db);
    }
}
