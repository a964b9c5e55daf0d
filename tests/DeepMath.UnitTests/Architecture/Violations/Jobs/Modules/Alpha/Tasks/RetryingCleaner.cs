using Hangfire;

namespace DeepMath.UnitTests.Architecture.Violations.Jobs.Modules.Alpha.Tasks;

/// <summary>Breaks the rule on purpose: a job neither named nor placed as one.</summary>
[AutomaticRetry(Attempts = 3)]
public sealed class RetryingCleaner
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.Delay(0, cancellationToken);
}
