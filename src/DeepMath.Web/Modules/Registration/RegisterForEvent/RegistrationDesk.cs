using System.Collections.Concurrent;
using System.Threading.Channels;
using DeepMath.Web.Infrastructure.Results;
using DeepMath.Web.Modules.Registration.Domain;

namespace DeepMath.Web.Modules.Registration.RegisterForEvent;

/// <summary>
/// Group commit for registrations. Requests for one event queue here; one worker per event takes
/// everything waiting (up to <see cref="MaxBatch"/>), seats it in one transaction under the event's
/// row lock, in arrival order, and answers each request. A burst of two thousand registrations
/// takes a few dozen lock turns instead of two thousand, and no request holds a pooled connection
/// while it waits. The row lock is still what guarantees the count (across servers too).
/// </summary>
public sealed class RegistrationDesk(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<RegistrationDesk> logger)
{
    public const int MaxBatch = 200;

    private readonly ConcurrentDictionary<Guid, Channel<Pending>> _queues = new();

    public Task<Result<EventRegistration>> SubmitAsync(RegistrationRequest request)
    {
        var pending = new Pending(request, new TaskCompletionSource<Result<EventRegistration>>(TaskCreationOptions.RunContinuationsAsynchronously));
        var queue = _queues.GetOrAdd(request.EventId, id =>
        {
            var channel = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
            _ = Task.Run(() => ServeAsync(channel.Reader, lifetime.ApplicationStopping));
            return channel;
        });
        if (!queue.Writer.TryWrite(pending))
        {
            pending.Result.SetException(new InvalidOperationException("The registration desk is closed (the application is stopping)."));
        }
        return pending.Result.Task;
    }

    private async Task ServeAsync(ChannelReader<Pending> reader, CancellationToken stopping)
    {
        try
        {
            while (await reader.WaitToReadAsync(stopping))
            {
                var batch = new List<Pending>();
                while (batch.Count < MaxBatch && reader.TryRead(out var next))
                {
                    batch.Add(next);
                }
                // A batch of one means nobody else was waiting: its ticket may be drawn under the lock, as before any burst.
                await SeatAsync(batch, ticketsNow: batch.Count == 1, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: requests still queued get an error page; nothing of theirs was saved.
        }
    }

    private async Task SeatAsync(List<Pending> batch, bool ticketsNow, CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<SeatBatchHandler>();
            var outcomes = await handler.HandleAsync(batch[0].Request.EventId, batch.Select(p => p.Request).ToList(), ticketsNow, stopping);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result.SetResult(outcomes[i]);
            }
        }
        catch (Exception ex) when (batch.Count > 1 && ex is not OperationCanceledException)
        {
            // One request spoiled the batch (a race with another server, say): seat them one by one so only it fails.
            logger.LogWarning(ex, "A registration batch of {Count} failed; retrying one by one.", batch.Count);
            foreach (var pending in batch)
            {
                await SeatAsync([pending], ticketsNow, stopping);
            }
        }
        catch (Exception ex)
        {
            batch[0].Result.TrySetException(ex);
        }
    }

    private sealed record Pending(RegistrationRequest Request, TaskCompletionSource<Result<EventRegistration>> Result);
}
