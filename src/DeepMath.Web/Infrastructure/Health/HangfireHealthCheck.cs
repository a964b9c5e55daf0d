using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DeepMath.Web.Infrastructure.Health;

internal sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitor = storage.GetMonitoringApi();
            var servers = monitor.Servers().Count;
            var failed = monitor.FailedCount();
            var data = new Dictionary<string, object> { ["servers"] = servers, ["failedJobs"] = failed };
            return Task.FromResult(servers > 0
                ? HealthCheckResult.Healthy($"{servers} Hangfire server(s) running.", data)
                : HealthCheckResult.Degraded("No Hangfire server is running: timed steps and e-mail wait.", data: data));
        }
        catch (Exception ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage does not answer.", ex));
        }
    }
}
