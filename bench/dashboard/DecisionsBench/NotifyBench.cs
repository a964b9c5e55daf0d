using System.Diagnostics;
using System.Globalization;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email.Jobs;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionsBench;

/// <summary>
/// Notifying 5,000 authors (2,500 decided abstracts, two authors each) through a real SMTP listener with the
/// rate limit off: the sending job queues, the delivery runs (one per SMTP connection) send, then both run again to prove nothing
/// goes twice. Counts are taken at the listener.
/// </summary>
public static class NotifyBench
{
    private const int Submissions = 2_500;
    private const int AuthorsPerSubmission = 2;

    public static async Task<int> RunAsync(string baseConnection)
    {
        var connection = await BenchApp.DatabaseAsync(baseConnection, "deepmath_bench_notify", fresh: true);
        await using var smtp = new SmtpListener { Pipelining = true };
        await using var app = new BenchApp(connection, smtp.Port);
        _ = app.Server;
        var callId = await Generator.CallAsync(app.Services, "bench-notify", Submissions, reviewsPerSubmission: 2, AuthorsPerSubmission, reviewers: 100);
        await DecideAllAsync(app.Services, callId);

        var watch = Stopwatch.StartNew();
        var queued = await RunJobAsync(app.Services, callId);
        var queueSeconds = watch.Elapsed.TotalSeconds;
        var sent = await DeliverAsync(app.Services);
        var seconds = watch.Elapsed.TotalSeconds;
        // The job and the delivery again, as after a restart or on a second instance: nothing more may go out.
        var requeued = await RunJobAsync(app.Services, callId);
        var resent = await DeliverAsync(app.Services);
        await Task.Delay(500);

        var expected = Submissions * AuthorsPerSubmission;
        var messages = smtp.Messages;
        var distinct = messages.Select(m => (m.To.Mailboxes.Single().Address, m.Subject)).Distinct().Count();
        Console.WriteLine($"expected: {expected}");
        Console.WriteLine($"queued: {queued}");
        Console.WriteLine($"delivered: {distinct}");
        Console.WriteLine($"duplicates: {messages.Count - distinct}");
        Console.WriteLine($"second_run_queued: {requeued}");
        Console.WriteLine($"second_run_sent: {resent}");
        Console.WriteLine($"seconds: {seconds.ToString("0.00", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"messages_per_second: {(distinct / seconds).ToString("0", CultureInfo.InvariantCulture)} (sent {sent})");
        Console.WriteLine($"delivery_seconds: {(seconds - queueSeconds).ToString("0.00", CultureInfo.InvariantCulture)}");
        Console.WriteLine($"delivery_messages_per_second: {(distinct / (seconds - queueSeconds)).ToString("0", CultureInfo.InvariantCulture)}");
        return distinct == expected && messages.Count == distinct ? 0 : 1;
    }

    private static async Task DecideAllAsync(IServiceProvider services, Guid callId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepMathDbContext>();
        var ids = await db.Submissions.Where(s => s.CallId == callId).OrderBy(s => s.Number).Select(s => s.Id).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        db.Decisions.AddRange(ids.Select((id, i) => new Decision
        {
            CallId = callId, SubmissionId = id, OutcomeKey = i % 10 == 0 ? DecisionOutcome.Talk : i % 3 == 0 ? DecisionOutcome.Reject : DecisionOutcome.Poster, DecidedBy = "bench", DecidedAt = now,
        }));
        db.DecisionSettings.Add(new DecisionSettings { CallId = callId, SendRequestedAt = now, SendRequestedBy = "bench" });
        await db.SaveChangesAsync();
    }

    private static async Task<int> RunJobAsync(IServiceProvider services, Guid callId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendDecisionNotificationsJob>().RunForCallAsync(callId, CancellationToken.None);
    }

    /// <summary>The delivery runs, until nothing is due.</summary>
    private static async Task<int> DeliverAsync(IServiceProvider services)
    {
        async Task<int> WorkerAsync()
        {
            var total = 0;
            while (true)
            {
                await using var scope = services.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<DeliverOutboxJob>().RunAsync(CancellationToken.None);
                if (sent == 0)
                {
                    return total;
                }
                total += sent;
            }
        }
        // As the delivery loop runs them: Email:Delivery:Connections runs side by side, one SMTP connection each.
        var connections = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeepMath.Web.Infrastructure.Email.EmailOptions>>().Value.Delivery.Connections;
        var counts = await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => WorkerAsync()));
        return counts.Sum();
    }
}
