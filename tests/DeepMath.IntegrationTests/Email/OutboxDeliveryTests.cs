using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Email;

[Collection(AppCollection.Name)]
public sealed class OutboxDeliveryTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_server_that_refuses_the_first_attempts_still_gets_every_message_exactly_once()
    {
        await QueueAsync(5);
        app.Smtp.RefuseNext(3);

        var sent = await app.DeliverMailAsync();
        Assert.Equal(2, sent);
        Assert.Equal(3, app.Smtp.RefusedCount);
        var failed = await MessagesAsync();
        Assert.Equal(3, failed.Count(m => m.State == OutboxState.Queued && m.Attempts == 1 && m.LastError!.Contains("Try again later", StringComparison.Ordinal)));

        // Not yet due again: the backoff holds them.
        Assert.Equal(0, await app.DeliverMailAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, await app.DeliverMailAsync());
        Assert.Equal(0, await app.DeliverMailAsync());

        var received = app.Smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"person{i}@example.org").Order().ToList(), received);
        Assert.All(await MessagesAsync(), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task A_run_sends_its_batch_over_one_connection_and_starts_a_new_one_after_a_refusal()
    {
        await QueueAsync(20);
        Assert.Equal(20, await app.DeliverMailAsync());
        Assert.Equal(20, app.Smtp.Messages.Count);
        Assert.Equal(1, app.Smtp.ConnectionCount);

        app.Smtp.Clear();
        await QueueAsync(5, "later");
        app.Smtp.RefuseNext(1);
        Assert.Equal(4, await app.DeliverMailAsync());
        Assert.Equal(2, app.Smtp.ConnectionCount);
    }

    [Fact]
    public async Task Two_deliveries_at_once_never_send_a_message_twice()
    {
        await QueueAsync(40);
        var counts = await Task.WhenAll(app.DeliverMailAsync(), app.DeliverMailAsync(), app.DeliverMailAsync());
        Assert.Equal(40, counts.Sum());
        Assert.Equal(40, app.Smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        Assert.Equal(40, app.Smtp.Messages.Count);
    }

    [Fact]
    public async Task The_same_idempotency_key_is_queued_once()
    {
        await app.WithScopeAsync(async s =>
        {
            var outbox = s.GetRequiredService<IOutbox>();
            var message = new EmailMessage("x@example.org", "X", "Hello", "text", "<p>html</p>");
            Assert.True(await outbox.QueueAsync(message, "key-1"));
            Assert.False(await outbox.QueueAsync(message, "key-1"));
            await s.GetRequiredService<DeepMathDbContext>().SaveChangesAsync();
            Assert.False(await outbox.QueueAsync(message, "key-1"));
            return 0;
        });
        Assert.Single(await MessagesAsync());
    }

    [Fact]
    public async Task A_message_that_never_gets_through_is_marked_failed_with_its_error()
    {
        await QueueAsync(1);
        app.Smtp.RefuseNext(OutboxMessage.MaxAttempts);
        for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
        {
            await app.DeliverMailAsync();
            app.Clock.Advance(TimeSpan.FromHours(1));
        }
        var message = Assert.Single(await MessagesAsync());
        Assert.Equal(OutboxState.Failed, message.State);
        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Contains("Try again later", message.LastError);
        Assert.Empty(app.Smtp.Messages);
    }

    private Task<int> QueueAsync(int count, string keyPrefix = "test") => app.WithScopeAsync(async s =>
    {
        var outbox = s.GetRequiredService<IOutbox>();
        for (var i = 0; i < count; i++)
        {
            await outbox.QueueAsync(new EmailMessage($"person{i}@example.org", $"Person {i}", $"Message {i}", "text", "<p>html</p>"), $"{keyPrefix}:{i}");
        }
        return await s.GetRequiredService<DeepMathDbContext>().SaveChangesAsync();
    });

    private Task<List<OutboxMessage>> MessagesAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages.AsNoTracking().ToListAsync());
}
