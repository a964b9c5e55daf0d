using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.IntegrationTests.Resilience;

/// <summary>Tests that run the app as a separate process and kill it; one at a time, each on its own database.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "app-process";

    /// <summary>A context on the test's database, outside any app, for setting up and checking rows.</summary>
    public static DeepMathDbContext Db(string connectionString) =>
        DatabaseExtensions.CreateContext(connectionString);

    /// <summary>
    /// Queues <paramref name="count"/> e-mails in one insert (whose NOTIFY wakes the app's delivery loop) and waits
    /// until the app has delivered at least 60, so that what the test does next happens mid-delivery.
    /// </summary>
    public static async Task QueueAndStartDeliveryAsync(string connectionString, SmtpListener smtp, string keyPrefix, int count)
    {
        await using (var db = Db(connectionString))
        {
            var now = DateTimeOffset.UtcNow;
            db.OutboxMessages.AddRange(Enumerable.Range(0, count).Select(i => new OutboxMessage
            {
                IdempotencyKey = $"{keyPrefix}:{i}", ToAddress = $"person{i}@example.org", Subject = $"Message {i}",
                TextBody = "text", HtmlBody = "<p>html</p>", CreatedAt = now, NextAttemptAt = now,
            }));
            await db.SaveChangesAsync();
        }
        await WaitUntilAsync(() => smtp.Messages.Count >= 60, TimeSpan.FromSeconds(30), "delivery has started");
    }

    /// <summary>After the rest arrived and a second more (anything sent twice would arrive then): each message once, and every row sent.</summary>
    public static async Task AssertEachDeliveredOnceAsync(string connectionString, SmtpListener smtp, int count)
    {
        await WaitUntilAsync(() => smtp.Messages.Count >= count, TimeSpan.FromSeconds(60), "every message is delivered");
        await Task.Delay(1000);
        Assert.Empty(smtp.DuplicateMessageIds);
        Assert.Equal(count, smtp.Messages.Count);
        Assert.Equal(count, smtp.Messages.Select(m => m.MessageId).Distinct().Count());
        await using var db = Db(connectionString);
        Assert.Equal(count, await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Sent));
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(5);
        }
    }
}
