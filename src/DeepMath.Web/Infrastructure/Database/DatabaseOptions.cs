using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations when the app starts (Development and tests; production runs `deepmath migrate`).</summary>
    public bool MigrateOnStartup { get; set; }

    [Required(ErrorMessage = "ConnectionStrings:Default is not set. Set ConnectionStrings__Default to a PostgreSQL connection string, or start the app with ./scripts/run.sh.")]
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Connections for web requests. Each share below is its own Npgsql pool, so mail delivery or a
    /// burst of jobs can never take the connections an author's upload is waiting for. Defaults keep
    /// two instances (30 + 8 + 6 each) under PostgreSQL's default max_connections of 100.
    /// </summary>
    [Range(2, 500)]
    public int RequestsPoolSize { get; set; } = 30;

    /// <summary>Connections for Hangfire's storage and the jobs it runs (timed steps, reminders).</summary>
    [Range(3, 200)]
    public int JobsPoolSize { get; set; } = 8;

    /// <summary>Connections for the mail delivery loop: one per SMTP connection plus its LISTEN session.</summary>
    [Range(2, 100)]
    public int DeliveryPoolSize { get; set; } = 6;

    /// <summary>How long a request waits for a free connection when its pool is busy, instead of failing at once.</summary>
    [Range(1, 300)]
    public int PoolWaitSeconds { get; set; } = 30;

    /// <summary>How long one statement may run; a request's statements may queue on a row lock in a surge.</summary>
    [Range(5, 600)]
    public int CommandTimeoutSeconds { get; set; } = 60;

    public string RequestsConnectionString => Pooled(RequestsPoolSize, "requests");

    public string JobsConnectionString => Pooled(JobsPoolSize, "jobs");

    public string DeliveryConnectionString => Pooled(DeliveryPoolSize, "delivery");

    // A distinct application name also makes each share visible in pg_stat_activity.
    private string Pooled(int size, string share) => new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString)
    {
        MaxPoolSize = size,
        Timeout = PoolWaitSeconds,
        CommandTimeout = CommandTimeoutSeconds,
        ApplicationName = $"deepmath-{share}",
    }.ConnectionString;
}
