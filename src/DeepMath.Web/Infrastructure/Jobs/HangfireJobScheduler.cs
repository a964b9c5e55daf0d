using System.Linq.Expressions;
using Hangfire;

namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary><see cref="IJobScheduler"/> over Hangfire's client, on the storage AddJobs configures.</summary>
internal sealed class HangfireJobScheduler(IBackgroundJobClient client) : IJobScheduler
{
    public void Enqueue<TJob>(Expression<Func<TJob, Task>> run)
    {
        try
        {
            client.Enqueue(run);
        }
        catch (Exception ex) when (ex is BackgroundJobClientException or InvalidOperationException or ObjectDisposedException)
        {
            throw new JobNotQueuedException($"Could not queue a {typeof(TJob).Name}: {ex.Message}", ex);
        }
    }
}
