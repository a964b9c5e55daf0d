namespace DeepMath.UnitTests.Architecture.Violations.Jobs.Modules.Alpha.Tasks;

/// <summary>Breaks the rule on purpose: a job outside a Jobs folder.</summary>
public sealed class PurgeDraftsJob
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.Delay(0, cancellationToken);
}
