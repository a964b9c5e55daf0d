using System.Threading.RateLimiting;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Web;

/// <summary>
/// At most Database:RequestsPoolSize requests run at once (a request holds at most one connection at a
/// time); the rest wait in arrival order. In a deadline surge an author's upload therefore queues for a
/// moment instead of timing out on an exhausted connection pool, and the requests that run are not starved
/// of CPU by hundreds of others. Health probes never queue.
/// </summary>
public static class RequestQueue
{
    /// <summary>Beyond this many waiting requests the app answers 503 rather than queue without bound.</summary>
    public const int MaxWaiting = 20_000;

    public static IServiceCollection AddRequestQueue(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.Request.Path.StartsWithSegments("/health"))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }
                var permits = context.RequestServices.GetRequiredService<IOptions<DatabaseOptions>>().Value.RequestsPoolSize;
                return RateLimitPartition.GetConcurrencyLimiter("requests", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = permits,
                    QueueLimit = MaxWaiting,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                });
            });
        });
        return services;
    }
}
