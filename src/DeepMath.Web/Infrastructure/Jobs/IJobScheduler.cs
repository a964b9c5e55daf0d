using System.Linq.Expressions;

namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>
/// Background work asked for explicitly: code that wants a job run soon takes this in its constructor and
/// calls it after its own change is committed. Registered by AddJobs over Hangfire's client.
/// </summary>
public interface IJobScheduler
{
    /// <summary>Queues the job for a worker of any instance.</summary>
    /// <exception cref="JobNotQueuedException">The job storage could not take the job (database unreachable, host stopping).</exception>
    void Enqueue<TJob>(Expression<Func<TJob, Task>> run);
}
