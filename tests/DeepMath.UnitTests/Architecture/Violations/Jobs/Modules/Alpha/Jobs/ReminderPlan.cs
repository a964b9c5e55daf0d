namespace DeepMath.UnitTests.Architecture.Violations.Jobs.Modules.Alpha.Jobs;

/// <summary>A helper beside a job, not a job itself: the rule leaves it alone.</summary>
public sealed class ReminderPlan
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.Delay(0, cancellationToken);
}
