using System.Reflection;
using Hangfire.Server;
using Npgsql;

namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>
/// Runs jobs marked <see cref="OneRunAtATimeAttribute"/> under a session-level advisory lock
/// (pg_try_advisory_lock) held on a connection of the jobs' pool for the run. If the process dies, its
/// connection closes and PostgreSQL frees the lock at once, so the next run after a restart never
/// waits for a lock left by the dead one. Being a filter, it leaves direct calls (tests) unlocked.
/// </summary>
internal sealed class SessionLockFilter(string connectionString, ILogger<SessionLockFilter> logger) : IServerFilter
{
    private const string ConnectionItem = "deepmath:session-lock";

    public void OnPerforming(PerformingContext context)
    {
        var type = context.BackgroundJob.Job.Type;
        if (type.GetCustomAttribute<OneRunAtATimeAttribute>() is null)
        {
            return;
        }
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@name, 0))", connection);
        command.Parameters.AddWithValue("name", LockName(type));
        if (command.ExecuteScalar() is true)
        {
            context.Items[ConnectionItem] = connection;
            return;
        }
        connection.Dispose();
        logger.LogInformation("{Job} is already running elsewhere; this run does nothing.", type.Name);
        context.Canceled = true;
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ConnectionItem, out var item) && item is NpgsqlConnection connection)
        {
            context.Items.Remove(ConnectionItem);
            try
            {
                // A pooled connection keeps its session, so the lock is released by hand before it goes back.
                using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@name, 0))", connection);
                command.Parameters.AddWithValue("name", LockName(context.BackgroundJob.Job.Type));
                command.ExecuteScalar();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // The session is gone, and its lock with it.
                logger.LogDebug(ex, "Releasing the run lock found its connection closed.");
            }
            finally
            {
                connection.Dispose();
            }
        }
    }

    private static string LockName(Type job) => "deepmath-job:" + job.FullName;
}
