using DeepMath.Web.Infrastructure.Database;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DeepMath.Web.Modules.Accounts.Sessions;

/// <summary>
/// Tells every app instance that an account's security stamp or confirmation changed, so that its
/// <see cref="SessionStamps"/> forgets the account: the database publishes the account's id at the change's commit
/// (<see cref="SessionNotifyTrigger"/>, however the change is made) and every instance listens on one connection of
/// its own. Neither holds a lock; a lost connection empties the cache until listening resumes, so nothing stale is
/// trusted meanwhile.
/// </summary>
public sealed class SessionChangeFeed(SessionStamps stamps, IOptions<DatabaseOptions> database, ILogger<SessionChangeFeed> logger)
    : BackgroundService
{
    public const string Channel = "deepmath_sessions";

    /// <summary>
    /// Forgets the accounts here at once, after a change this instance committed, so that its own next request reads
    /// them (the database's notification reaches the other instances, and this one again, a moment later).
    /// </summary>
    public void ForgetHere(IReadOnlyCollection<string> userIds)
    {
        foreach (var userId in userIds)
        {
            stamps.Forget(userId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(Connection(database.Value));
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

    // The listener's connection is its own, outside the requests' and jobs' pool.
    private static string Connection(DatabaseOptions options) => new NpgsqlConnectionStringBuilder(options.ConnectionString)
    {
        Pooling = false,
        Timeout = options.PoolWaitSeconds,
        // A connection that died without a word is noticed within seconds, and the cache emptied.
        KeepAlive = 10,
        ApplicationName = "deepmath-sessions",
    }.ConnectionString;
}
