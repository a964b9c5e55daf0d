using DeepMath.Web.Infrastructure.Email.Jobs;
using DeepMath.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DeepMath.Web.Infrastructure.Email.Delivery;

/// <summary>
/// The one mail consumer of this instance: Email:Delivery:Connections runs side by side, each with its own
/// SMTP connection, woken by NOTIFY from the outbox table's insert trigger (sent by PostgreSQL when the
/// inserting transaction commits) and by a poll every few seconds in case a notification is missed.
/// Nothing here holds a lock that could outlive the process.
/// </summary>
internal sealed class OutboxDeliveryService(
    IServiceScopeFactory scopes, DeliveryDataSource database, IOptions<EmailOptions> options, IOptions<JobsOptions> jobs,
    DeliveryStatus status, ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!jobs.Value.RunServer)
        {
            return;
        }
        var connections = options.Value.Delivery.Connections;
        var workers = Enumerable.Range(0, connections).Select(_ => WorkAsync(stoppingToken)).ToList();
        workers.Add(ListenAsync(stoppingToken));
        await Task.WhenAll(workers);
    }

    private void WakeAll() => _wake.Release(options.Value.Delivery.Connections);

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.Delivery.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                sent = await scope.ServiceProvider.GetRequiredService<DeliverOutboxJob>().RunAsync(stoppingToken);
                status.RecordRun(sent);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database or the server is away: the messages stay queued, and the next poll retries.
                logger.LogWarning(ex, "E-mail delivery run failed; retrying in {Seconds} s.", poll.TotalSeconds);
            }
            if (sent == 0)
            {
                try
                {
                    await _wake.WaitAsync(poll, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.Source.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => WakeAll();
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxSql.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                WakeAll(); // Whatever was queued while nobody listened.
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Listening for queued e-mail failed; the poll delivers meanwhile, listening again in 2 s.");
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
