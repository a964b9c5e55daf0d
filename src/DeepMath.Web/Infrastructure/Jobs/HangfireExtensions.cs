using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Database;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Jobs;

public static class HangfireExtensions
{
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<JobsOptions, JobsOptionsValidator>(JobsOptions.Section);
        builder.Services.AddScoped<StepRunner>();
        builder.Services.AddHangfire((sp, config) => ReplaceSessionLockFilter(config)
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                storage => storage.UseNpgsqlConnection(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.JobsConnectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true })
            .UseFilter(new SessionLockFilter(
                sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.JobsConnectionString,
                sp.GetRequiredService<ILogger<SessionLockFilter>>())));
        // Hangfire's client is registered above in every process (web, CLI, tests), so asking for work never
        // depends on whether this process also runs a server.
        builder.Services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        if (JobsOptions.RunsServer(builder.Configuration))
        {
            builder.Services.AddHangfireServer((sp, server) =>
            {
                server.WorkerCount = sp.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount;
                server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            });
        }
        return builder;
    }

    // Hangfire's filters are process-wide: a process that builds several hosts (tests do) keeps one
    // run-lock filter, the last host's, instead of one per host each taking a lock of its own.
    private static IGlobalConfiguration ReplaceSessionLockFilter(IGlobalConfiguration config)
    {
        foreach (var old in GlobalJobFilters.Filters.Where(f => f.Instance is SessionLockFilter).ToList())
        {
            GlobalJobFilters.Filters.Remove(old.Instance);
        }
        return config;
    }
}
