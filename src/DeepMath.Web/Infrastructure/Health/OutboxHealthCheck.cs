using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email.Delivery;
using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DeepMath.Web.Infrastructure.Health;

/// <summary>The outbox backlog and the timed sweeps: degraded when mail or a sweep is more than five minutes behind.</summary>
internal sealed class OutboxHealthCheck(DeepMathDbContext db, DeliveryStatus delivery, JobStorage storage, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await SystemStatus.LoadAsync(db, delivery, storage, clock, cancellationToken);
        var now = clock.GetUtcNow();
        var data = new Dictionary<string, object>
        {
            ["outboxBacklog"] = status.Backlog,
            ["oldestMessageAgeSeconds"] = status.OldestAge is { } age ? Math.Round(age.TotalSeconds) : 0,
            ["failedMessages"] = status.Failed,
            ["deliveryLastRun"] = status.DeliveryLastRun?.ToString("O") ?? "never",
        };
        foreach (var run in status.Recurring)
        {
            data[$"lastRun:{run.Id}"] = run.LastRun?.ToString("O") ?? "never";
        }
        var late = status.Recurring.Where(r => r.LastRun is { } last && now - last > SystemStatus.Stale).Select(r => r.Id).ToList();
        if (status.OldestAge > SystemStatus.Stale)
        {
            return HealthCheckResult.Degraded($"{status.Backlog} e-mail(s) waiting, the oldest for {status.OldestAge.Value.TotalMinutes:0} min.", data: data);
        }
        return late.Count > 0
            ? HealthCheckResult.Degraded($"Timed sweep(s) {string.Join(", ", late)} last ran more than 5 minutes ago.", data: data)
            : HealthCheckResult.Healthy($"{status.Backlog} e-mail(s) waiting.", data);
    }
}
