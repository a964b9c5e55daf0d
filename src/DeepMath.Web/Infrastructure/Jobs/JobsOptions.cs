namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>Configuration section "Jobs".</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server inside this process (off for the command line, and in tests that drive jobs themselves).</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Register the recurring jobs (lifecycle sweep, outbox sweep) at start-up.</summary>
    public bool ScheduleRecurring { get; set; } = true;

    public int WorkerCount { get; set; } = 2;
}
