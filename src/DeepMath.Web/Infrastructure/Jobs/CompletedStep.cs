namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>
/// A timed step that has been done, under a key that names the step and the date it was due for
/// (for example "call:42:reminder-72h:2025-08-28T21:59:59Z"). Its primary key makes a second run of
/// the same step fail, so a step happens once whatever the number of runs, restarts or instances.
/// </summary>
public sealed class CompletedStep
{
    public required string Key { get; init; }
    public DateTimeOffset CompletedAt { get; init; }
    public string? Outcome { get; init; }
}
