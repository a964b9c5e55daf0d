using Hangfire;

namespace DeepMath.UnitTests.Architecture.Violations.Jobs.Modules.Alpha.Jobs;

/// <summary>Keeps the rule, so the on-purpose test shows the rule does not fail everything.</summary>
[AutomaticRetry(Attempts = 3)]
public sealed class SendRemindersJob
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.Delay(0, cancellationToken);
}
