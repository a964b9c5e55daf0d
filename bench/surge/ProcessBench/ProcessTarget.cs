using DeepMath.IntegrationTests.Support;

namespace ProcessBench;

/// <summary>The app as one separate process with its default connection budget.</summary>
public sealed class ProcessTarget(AppProcess app) : SurgeTarget
{
    public override Uri BaseAddress => app.BaseAddress;

    public override string Description => "one app process";

    public override TimeSpan? ProcessorTime => app.ProcessorTime;

    public static async Task<ProcessTarget> StartAsync(string connection, int smtpPort)
    {
        var app = new AppProcess(connection, smtpPort, Settings(smtpPort));
        await app.StartAsync();
        return new ProcessTarget(app);
    }

    public override ValueTask DisposeAsync() => app.DisposeAsync();
}
