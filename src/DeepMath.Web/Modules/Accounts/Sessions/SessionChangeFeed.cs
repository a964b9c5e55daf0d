using DeepMath.Web.Infrastructure.Database;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DeepMath.Web.Modules.Accounts.Sessions;

/// <summary>
/// Tells every app instance that an account's security stamp or confirmation changed, so that its
/// <see cref="SessionStamps"/> forgets the account: the instance that made the change publishes the account's id
/// (NOTIFY, after its commit) and every instance listens on one connection of its own. Neither holds a lock; a lost
/// connection empties the cache until listening resumes, so nothing stale is trusted meanwhile.
/// </summary>
public sealed class SessionChangeFeed(SessionStamps stamps, IOptions<DatabaseOptions> database, ILogger<SessionChangeFeed> logger)
    : BackgroundService
{
    public const string Channel = "deepmath_sessions";

    // Two connections at most for publishing (changes of stamps are rare: sign-outs, passwords, two-factor), outside
    // the requests' and jobs' shares; the listener's own connection is unpooled.
    private readonly Lazy<NpgsqlDataSource> _publisher = new(() => NpgsqlDataSource.Create(Connection(database.Value, pooled: true)));

    /// <summary>Forgets the accounts here at once, then tells the other instances. Call after the change commits.</summary>
    public async Task PublishAsync(IReadOnlyCollection<string> userIds)
    {
        foreach (var userId in userIds)
        {
            stamps.Forget(userId);
        }
        try
        {
            foreach (var userId in userIds)
            {
                await using var command = _publisher.Value.CreateCommand("SELECT pg_notify($1, $2)");
                command.Parameters.Add(new NpgsqlParameter { Value = Channel });
                command.Parameters.Add(new NpgsqlParameter { Value = userId });
                await command.ExecuteNonQueryAsync();
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The other instances keep what they read for SessionStamps.Fresh at most.
            logger.LogWarning(ex, "Could not tell the other instances that {Count} account(s) changed.", userIds.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Connection(database.Value, pooled: false));
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => stamps.Forget(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                stamps.Listening(true);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                stamps.Listening(false);
                return;
            }
            catch (Exception ex)
            {
                stamps.Listening(false);
                logger.LogWarning(ex, "Listening for account changes failed; every request reads its account meanwhile, listening again in 2 s.");
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
        if (_publisher.IsValueCreated)
        {
            _publisher.Value.Dispose();
        }
        base.Dispose();
    }

    private static string Connection(DatabaseOptions options, bool pooled) => new NpgsqlConnectionStringBuilder(options.ConnectionString)
    {
        Pooling = pooled,
        MaxPoolSize = 2,
        Timeout = options.PoolWaitSeconds,
        // A connection that died without a word is noticed within seconds, and the cache emptied.
        KeepAlive = 10,
        ApplicationName = "deepmath-sessions",
    }.ConnectionString;
}
