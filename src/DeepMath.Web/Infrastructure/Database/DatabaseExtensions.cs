using DeepMath.Web.Modules.Accounts.Data;
using DeepMath.Web.Modules.Events.Data;
using DeepMath.Web.Modules.Program.Data;
using DeepMath.Web.Modules.Registration.Data;
using DeepMath.Web.Modules.Decisions.Data;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Database;

public static class DatabaseExtensions
{
    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<DatabaseOptions, DatabaseOptionsValidator>(DatabaseOptions.Section)
            .Configure(o => o.ConnectionString ??= builder.Configuration.GetConnectionString("Default"));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddDbContext<DeepMathDbContext>((sp, options) =>
        {
            // A web request draws from the requests' pool; anything else (jobs, start-up, the CLI) from
            // the jobs' pool, so background work cannot exhaust the connections requests wait for.
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var inRequest = sp.GetService<IHttpContextAccessor>()?.HttpContext is not null;
            var connection = inRequest ? database.RequestsConnectionString : database.JobsConnectionString;
            options.UseDeepMathDatabase(connection);
            // Modules watch their own saved changes (the session check's cache forgets an account whose stamp changed).
            options.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        // Each module reaches its own tables through its interface over the one context (one transaction, one migration history).
        builder.Services.AddScoped<IAccountsData>(sp => sp.GetRequiredService<DeepMathDbContext>());
        builder.Services.AddScoped<IEventsData>(sp => sp.GetRequiredService<DeepMathDbContext>());
        builder.Services.AddScoped<IRegistrationData>(sp => sp.GetRequiredService<DeepMathDbContext>());
        builder.Services.AddScoped<ISubmissionsData>(sp => sp.GetRequiredService<DeepMathDbContext>());
        builder.Services.AddScoped<IReviewingData>(sp => sp.GetRequiredService<DeepMathDbContext>());
        builder.Services.AddScoped<IDecisionsData>(sp => sp.GetRequiredService<DeepMathDbContext>());
        builder.Services.AddScoped<IProgramData>(sp => sp.GetRequiredService<DeepMathDbContext>());
        builder.Services.AddScoped<Modules.Organisations.Data.IOrganisationsData>(sp => sp.GetRequiredService<DeepMathDbContext>());
        // Keys in PostgreSQL: every app instance can read every other's cookies and tokens.
        builder.Services.AddDataProtection()
            .SetApplicationName("DeepMath")
            .PersistKeysToDbContext<DeepMathDbContext>();
        return builder;
    }

    /// <summary>Identity keeps its users in the one context, so that an account and the mail it causes commit together.</summary>
    public static IdentityBuilder AddDatabaseStores(this IdentityBuilder identity) => identity.AddEntityFrameworkStores<DeepMathDbContext>();
    /// <summary>
    /// How every DeepMathDbContext reaches PostgreSQL (app, design time, tests and benchmarks that open one
    /// outside the app): tables, columns, keys and indexes in snake_case, so raw SQL needs no quoting.
    /// </summary>
    public static DbContextOptionsBuilder UseDeepMathDatabase(this DbContextOptionsBuilder options, string? connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations", Schemas.Infrastructure))
            .UseSnakeCaseNamingConvention();

    /// <summary>A context on the given database outside any host, for tools, tests and benchmarks.</summary>
    public static DeepMathDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<DeepMathDbContext>();
        options.UseDeepMathDatabase(connectionString);
        return new DeepMathDbContext(options.Options);
    }

    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepMathDbContext>();
        var applied = await DatabaseMigrator.MigrateAsync(db.Database, cancellationToken);
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        if (applied.Count == 0)
        {
            logger.LogInformation("Database: up to date.");
        }
        else
        {
            logger.LogInformation("Database: applied {Count} migration(s): {Migrations}.", applied.Count, string.Join(", ", applied));
        }
    }
}
