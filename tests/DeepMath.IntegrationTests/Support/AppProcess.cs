using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DeepMath.IntegrationTests.Support;

/// <summary>
/// The built DeepMath.Web.dll started as a separate process (`dotnet DeepMath.Web.dll`) on a test
/// database, with its Hangfire server and mail delivery loop running, so that a test can kill it with
/// SIGKILL the way an operator's `kill -9` or a crash would, and start it again.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _settings;
    private Process? _process;

    public AppProcess(string connectionString, int smtpPort, IDictionary<string, string>? settings = null)
    {
        Port = FreePort();
        _settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["ConnectionStrings__Default"] = connectionString,
            ["Database__MigrateOnStartup"] = "true",
            ["Demo__SeedOnStartup"] = "false",
            ["Demo__CredentialsFile"] = Path.Combine(Path.GetTempPath(), $"deepmath-demo-logins-{Guid.NewGuid():N}.txt"),
            ["Jobs__RunServer"] = "true",
            ["Jobs__ScheduleRecurring"] = "false",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp__TimeoutSeconds"] = "10",
            ["Email__PublicBaseUrl"] = "http://localhost",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in SimulatedVisitors.Concat(settings ?? new Dictionary<string, string>()))
        {
            _settings[key] = value;
        }
    }

    /// <summary>
    /// For an app that many simulated visitors use at once (tests, benchmarks, the benchmarks' cluster): they all
    /// come from 127.0.0.1 over plain http, so the per-address throttles are lifted (ThrottleTests prove them) and
    /// cookies travel without TLS. Keys as environment variables; <see cref="AsConfigurationKey"/> for UseSetting.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SimulatedVisitors = new Dictionary<string, string>
    {
        ["WebSecurity__SecureCookies"] = "false",
        ["Throttle__SignInPerAddress"] = "1000000",
        ["Throttle__SignInPerAccount"] = "1000000",
        ["Throttle__RegistrationsPerAddress"] = "1000000",
        ["Throttle__ResetsPerAddress"] = "1000000",
        ["Throttle__ResetsPerAccount"] = "1000000",
    };

    public static string AsConfigurationKey(string environmentKey) => environmentKey.Replace("__", ":", StringComparison.Ordinal);

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>When the current process was started.</summary>
    public DateTime StartedAt { get; private set; }

    /// <summary>When the current process first answered /health/live (its start-up done: on a loaded machine that alone takes seconds).</summary>
    public DateTime LiveAt { get; private set; }

    /// <summary>The web host's build output next to the test's own configuration (Release or Debug).</summary>
    public static string WebDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
            var dll = Path.Combine(RepositoryRoot, "src", "DeepMath.Web", "bin", configuration, "net10.0", "DeepMath.Web.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is missing: build the solution (./scripts/test.sh does).");
        }
    }

    /// <summary>The folder holding DeepMath.sln, above the running binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DeepMath.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("DeepMath.sln not found above the binaries.");
        }
    }

    /// <summary>Starts the app and waits until /health/live answers.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo("dotnet", [WebDll])
        {
            WorkingDirectory = Path.GetDirectoryName(WebDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _settings)
        {
            info.Environment[key] = value;
        }
        StartedAt = DateTime.UtcNow;
        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) Log.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Log.Add(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}: {string.Join('\n', Log.TakeLast(30))}");
            }
            try
            {
                using var response = await http.GetAsync("/health/live");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    LiveAt = DateTime.UtcNow;
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The app did not answer /health/live in time: {string.Join('\n', Log.TakeLast(30))}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>What the app wrote (warnings and errors, by the log level set above), for failure messages.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> Log { get; } = [];

    /// <summary>CPU time the app process has used so far (user and system), for the benchmarks' per-request cost.</summary>
    public TimeSpan ProcessorTime => _process is { HasExited: false } running ? running.TotalProcessorTime : TimeSpan.Zero;

    /// <summary>SIGKILL: no shutdown hook runs, connections are cut as they are.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: false);
            running.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
    }

    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromMinutes(5), // a surge queues requests; on a loaded machine the wait can be long
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        return ValueTask.CompletedTask;
    }
}
