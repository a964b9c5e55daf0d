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
    public static async Task<int> RunAsync(string connection, int count, bool cluster, double spreadSeconds)
    {
        await using var smtp = new SmtpListener();
        await using SurgeTarget app = cluster ? await ClusterTarget.StartAsync(connection, smtp.Port) : await ProcessTarget.StartAsync(connection, smtp.Port);
        var callId = await CreateCallAsync(connection);
        var pdf = await File.ReadAllBytesAsync(Path.Combine(AppProcess.RepositoryRoot, "tests", "fixtures", "abstracts", "ok-one-page.pdf"));

        var authors = Enumerable.Range(0, count).Select(i => new Author(app, smtp, callId, i, pdf)).ToList();
        var watch = Stopwatch.StartNew();
        // Author i arrives at i/N of the spread (0: all at the same instant), the way the last minute before a deadline fills.
        var outcomes = await Task.WhenAll(authors.Select((a, i) => Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(spreadSeconds * i / count));
            return await a.RunAsync();
        })));
        var seconds = watch.Elapsed.TotalSeconds;

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
            stored = await db.Submissions.CountAsync(s => s.CallId == callId && s.State == SubmissionState.Submitted
                && db.SubmissionPdfs.Count(p => p.SubmissionId == s.Id) == 1);
        }
        var receipts = Receipts(smtp);
        var confirmations = smtp.Messages.Count - receipts.Count;
        var latencies = authors.SelectMany(a => a.LatenciesMs).Order().ToList();
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine($"target: {app.Description}");
        Console.WriteLine($"authors: {count}");
        Console.WriteLine($"arrivals_over_seconds: {spreadSeconds.ToString("0", culture)}");
        Console.WriteLine($"submitted: {submitted}");
        Console.WriteLine($"errors: {count - submitted}{Errors(outcomes)}");
        Console.WriteLine($"stored: {stored}");
        Console.WriteLine($"mails: {receipts.Select(m => m.MessageId).Distinct().Count()} receipts, {confirmations} confirmations, {smtp.DuplicateMessageIds.Count} duplicates");
        Console.WriteLine($"p50_ms: {BenchDatabase.Percentile(latencies, 0.50).ToString("0", culture)}");
        Console.WriteLine($"p99_ms: {BenchDatabase.Percentile(latencies, 0.99).ToString("0", culture)}");
        Console.WriteLine($"requests: {latencies.Count}");
        Console.WriteLine($"seconds: {seconds.ToString("0.0", culture)}");
        return submitted == count && stored == count && receipts.Count == count && smtp.DuplicateMessageIds.Count == 0 ? 0 : 1;
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
