using Hangfire;

namespace DeepMath.UnitTests.Architecture.Violations.Jobs.Modules.Alpha.Jobs;

/// <summary>Breaks the rule on purpose: a job whose name does not end in Job.</summary>
[AutomaticRetry(Attempts = 3)]
public sealed class SendReminders
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.Delay(0, cancellationToken);
}
