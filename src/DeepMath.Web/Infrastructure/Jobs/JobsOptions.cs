using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>Configuration section "Jobs".</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>
    /// Run background work inside this process: the Hangfire server and the mail delivery loop (off for the
    /// command line, and in tests that drive jobs themselves).
    /// </summary>
    public bool RunServer { get; set; } = true;

    /// <summary>
    /// <see cref="RunServer"/> read straight from configuration, for registrations that depend on it (which
    /// are made before any options object exists).
    /// </summary>
    public static bool RunsServer(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<JobsOptions>()?.RunServer ?? new JobsOptions().RunServer;

    /// <summary>Register the recurring jobs (lifecycle sweep, reminders) at start-up.</summary>
    public bool ScheduleRecurring { get; set; } = true;

    /// <summary>Hangfire workers: each holds up to two connections of Database:JobsPoolSize (its work and its run lock).</summary>
    [Range(1, 20)]
    public int WorkerCount { get; set; } = 2;
}
