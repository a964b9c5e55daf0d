using System.Diagnostics;
using DeepMath.IntegrationTests.Support;
using Npgsql;

namespace ProcessBench;

/// <summary>
/// Two app instances behind nginx, started by ./scripts/cluster.sh on the benchmark's database (emptied first),
/// so that any author's requests may land on either instance. Stopped again when the benchmark ends.
/// </summary>
public sealed class ClusterTarget(Uri baseAddress) : SurgeTarget
{
    public override Uri BaseAddress => baseAddress;

    public override string Description => "two app processes behind nginx (./scripts/cluster.sh)";

    private static string Script => Path.Combine(AppProcess.RepositoryRoot, "scripts", "cluster.sh");

    public static async Task<ClusterTarget> StartAsync(string connection, int smtpPort)
    {
        var settings = Settings(smtpPort);
        settings["DEEPMATH_CLUSTER_DB"] = new NpgsqlConnectionStringBuilder(connection).Database!;
        settings["ASPNETCORE_ENVIRONMENT"] = "Testing";
        settings["Database__MigrateOnStartup"] = "true";
        settings["Demo__SeedOnStartup"] = "false";
        settings["Email__PublicBaseUrl"] = "http://localhost";
        settings["Logging__LogLevel__Default"] = "Warning";
        await RunScriptAsync(settings, "stop");
        await RunScriptAsync(settings, "start", "--no-build", "--fresh", "--clock", DeadlineCall.ClockStart);
        var url = (await File.ReadAllTextAsync(Path.Combine(AppProcess.RepositoryRoot, ".data", "cluster", "url"))).Trim();
        return new ClusterTarget(new Uri(url));
    }

    public override async ValueTask DisposeAsync() => await RunScriptAsync(new Dictionary<string, string>(), "stop");

    /// <summary>Runs cluster.sh; its messages go to standard error so that standard output keeps only the figures.</summary>
    private static async Task RunScriptAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Console.Error.WriteAsync(await output + await errors);
        if (process.ExitCode != 0 && arguments[0] != "stop")
        {
            throw new InvalidOperationException($"./scripts/cluster.sh {string.Join(' ', arguments)} failed (exit {process.ExitCode}); see .data/cluster/");
        }
    }
}
