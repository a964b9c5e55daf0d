using DeepMath.Web.Infrastructure.Jobs;

namespace DeepMath.Web.Modules.Registration.Jobs;

/// <summary>
/// Asks Hangfire to fill freed seats now. Best effort, after the change is committed: the minute's
/// sweep promotes anyway if this request is lost, so a job-storage hiccup must not fail the request.
/// </summary>
public sealed class PromotionRequests(IJobScheduler jobs, ILogger<PromotionRequests> logger)
{
    public void Request(Guid eventId)
    {
        try
        {
            jobs.Enqueue<PromoteWaitingListJob>(job => job.RunAsync(eventId, CancellationToken.None));
        }
        catch (JobNotQueuedException ex)
        {
            logger.LogWarning(ex, "Could not ask for a waiting-list promotion for event {EventId}; the next sweep will do it.", eventId);
        }
    }
}
