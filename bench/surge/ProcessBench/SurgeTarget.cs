using System.Net;
using DeepMath.IntegrationTests.Support;

namespace ProcessBench;

/// <summary>Where the surge's authors send their requests: one app process, or two behind nginx.</summary>
public abstract class SurgeTarget : IAsyncDisposable
{
    public abstract Uri BaseAddress { get; }

    public abstract string Description { get; }

    public HttpClient NewClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromMinutes(5), // a surge queues requests; on a loaded machine the wait can be long
    };

    /// <summary>CPU time the app's instances have used so far; null when the bench cannot see their processes.</summary>
    public virtual TimeSpan? ProcessorTime => null;

    public abstract ValueTask DisposeAsync();

    /// <summary>The settings both kinds give the app: the bench's SMTP listener, the deadline's clock, and those for many
    /// simulated visitors from one address (<see cref="AppProcess.SimulatedVisitors"/>).</summary>
    public static Dictionary<string, string> Settings(int smtpPort) => new(AppProcess.SimulatedVisitors)
    {
        ["Clock__Start"] = DeadlineCall.ClockStart,
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
