using System.Threading.Channels;

namespace DeepMath.Web.Modules.Registration.Tickets;

/// <summary>
/// One background worker per process that draws the tickets of registrations seated in a burst, after their
/// commit, and queues their confirmation e-mails (<see cref="PendingTickets"/>). It runs one event at a time,
/// so it takes a core at most while requests keep the others. Best effort: if the process dies first, the
/// minute's sweep (<see cref="Jobs.SendPendingTicketsJob"/>) sends them.
/// </summary>
public sealed class TicketMailer(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<TicketMailer> logger)
{
    private readonly Channel<Guid> _events = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;

    public void Wake(Guid eventId)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(() => ServeAsync(lifetime.ApplicationStopping));
        }
        _events.Writer.TryWrite(eventId);
    }

    private async Task ServeAsync(CancellationToken stopping)
    {
        try
        {
            while (await _events.Reader.WaitToReadAsync(stopping))
            {
                var due = new HashSet<Guid>();
                while (_events.Reader.TryRead(out var eventId))
                {
                    due.Add(eventId);
                }
                foreach (var eventId in due)
                {
                    await QueueAsync(eventId, stopping);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: the sweep sends whatever is left.
        }
    }

    private async Task QueueAsync(Guid eventId, CancellationToken stopping)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<PendingTickets>().QueueAsync(eventId, null, stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not queue the tickets of event {EventId} now; the minute's sweep will.", eventId);
        }
    }
}
