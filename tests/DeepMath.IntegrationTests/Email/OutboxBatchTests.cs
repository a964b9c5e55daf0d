using System.Data.Common;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DeepMath.IntegrationTests.Email;

/// <summary>A batch of outbox messages is checked against the idempotency keys in one statement, not one look-up per message.</summary>
[Collection(AppCollection.Name)]
public sealed class OutboxBatchTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_repeated_batch_queues_nothing_new_and_costs_one_statement()
    {
        var ticket = new EmailAttachment("ticket.pdf", "application/pdf", new byte[] { 1, 2, 3 });
        var items = Enumerable.Range(1, 50)
            .Select(n => new OutboxItem(new EmailMessage($"p{n}@example.org", null, $"Hello {n}", "text", "<p>html</p>", n == 7 ? [ticket] : null), $"batch:{n}"))
            .ToList();

        var first = await QueueAsync(items);
        Assert.Equal(50, first.Queued.Count);
        Assert.Equal(2, first.Statements); // the messages, then the one file

        var again = await QueueAsync(items);
        Assert.Empty(again.Queued);
        Assert.Equal(1, again.Statements);

        var overlapping = await QueueAsync([.. items.Take(10), new OutboxItem(new EmailMessage("new@example.org", null, "New", "t", "h"), "batch:new")]);
        Assert.Equal("batch:new", Assert.Single(overlapping.Queued));
        Assert.Equal(1, overlapping.Statements);

        await using var db = DatabaseExtensions.CreateContext(app.Database.ConnectionString);
        Assert.Equal(51, await db.OutboxMessages.CountAsync());
        var withFile = await db.OutboxMessages.Include(m => m.Attachments).SingleAsync(m => m.IdempotencyKey == "batch:7");
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.Single(withFile.Attachments).Content);
    }

    [Fact]
    public async Task A_batch_rolled_back_with_its_transaction_leaves_nothing()
    {
        await using var db = DatabaseExtensions.CreateContext(app.Database.ConnectionString);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var queued = await new Outbox(db, TimeProvider.System).QueueBatchAsync([new OutboxItem(new EmailMessage("a@example.org", null, "S", "t", "h"), "batch:rolled-back")]);
            Assert.Single(queued);
            await transaction.RollbackAsync();
        }
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    private async Task<(IReadOnlySet<string> Queued, int Statements)> QueueAsync(IReadOnlyList<OutboxItem> items)
    {
        var counter = new StatementCounter();
        var options = new DbContextOptionsBuilder<DeepMathDbContext>();
        options.UseDeepMathDatabase(app.Database.ConnectionString).AddInterceptors(counter);
        await using var db = new DeepMathDbContext(options.Options);
        await db.Database.OpenConnectionAsync();
        counter.Count = 0;
        var queued = await new Outbox(db, TimeProvider.System).QueueBatchAsync(items);
        return (queued, counter.Count);
    }

    private sealed class StatementCounter : DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
