using System.Diagnostics;
using System.Globalization;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace ProcessBench;

/// <summary>
/// COUNT e-mails queued at once; the app (a separate process) is killed with SIGKILL once a fifth of them
/// has arrived, then started again. Prints how long after the restart delivery resumed, how many
/// Message-IDs arrived twice, and how many arrived in all.
/// </summary>
public static class RecoveryBench
{
    public static async Task<int> RunAsync(string connection, int count)
    {
        await using var smtp = new SmtpListener();
        await using var app = new AppProcess(connection, smtp.Port);
        await app.StartAsync();
        var watch = Stopwatch.StartNew();
        await using (var db = BenchDatabase.Db(connection))
        {
            var now = DateTimeOffset.UtcNow;
            db.OutboxMessages.AddRange(Enumerable.Range(0, count).Select(i => new OutboxMessage
            {
                IdempotencyKey = $"recovery:{i}", ToAddress = $"person{i}@example.org", Subject = $"Message {i}",
                TextBody = "text", HtmlBody = "<p>html</p>", CreatedAt = now, NextAttemptAt = now,
            }));
            await db.SaveChangesAsync();
        }
        await WaitAsync(() => smtp.Messages.Count >= count / 5, TimeSpan.FromMinutes(5));
        var beforeKill = watch.Elapsed.TotalSeconds;
        app.Kill();
        await Task.Delay(300);
        var atKill = smtp.Messages.Count;

        await app.StartAsync();
        await WaitAsync(() => smtp.Messages.Count > atKill || atKill >= count, TimeSpan.FromMinutes(2));
        var resume = (DateTime.UtcNow - app.LiveAt).TotalSeconds;
        var startup = (app.LiveAt - app.StartedAt).TotalSeconds;
        var resumedAt = Stopwatch.StartNew();
        await WaitAsync(() => smtp.Messages.Count >= count, TimeSpan.FromMinutes(10));
        var rest = resumedAt.Elapsed.TotalSeconds;
        await Task.Delay(2000);
        int sentRows;
        await using (var db = BenchDatabase.Db(connection))
        {
            sentRows = await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Sent);
        }
        var distinct = smtp.Messages.Select(m => m.MessageId).Distinct().Count();
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine($"messages: {count}");
        Console.WriteLine($"delivered_before_kill: {atKill} (in {beforeKill.ToString("0.00", culture)} s)");
        Console.WriteLine($"resume_seconds: {resume.ToString("0.00", culture)} (from the restarted app answering /health/live; its start-up took {startup.ToString("0.00", culture)} s)");
        Console.WriteLine($"delivered: {distinct}");
        Console.WriteLine($"duplicates: {smtp.Messages.Count - distinct}");
        Console.WriteLine($"rows_sent: {sentRows}");
        Console.WriteLine($"rest_seconds: {rest.ToString("0.00", culture)} ({((count - atKill) / Math.Max(rest, 0.001)).ToString("0", culture)} messages/s after the restart)");
        return distinct == count && smtp.Messages.Count == count && resume <= 10 ? 0 : 1;
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The benchmark waited too long.");
            }
            await Task.Delay(5);
        }
    }
}
