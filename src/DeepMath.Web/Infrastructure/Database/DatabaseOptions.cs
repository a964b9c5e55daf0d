using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Infrastructure.Database;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations when the app starts (Development and tests; production runs `deepmath migrate`).</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Seed the DeepMath 2025 demo when the app starts (Development).</summary>
    public bool SeedDemoOnStartup { get; set; }

    [Required(ErrorMessage = "ConnectionStrings:Default is not set. Set ConnectionStrings__Default to a PostgreSQL connection string, or start the app with ./scripts/run.sh.")]
    public string? ConnectionString { get; set; }
}
