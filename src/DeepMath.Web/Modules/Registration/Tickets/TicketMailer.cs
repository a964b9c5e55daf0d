using System.Threading.Channels;

namespace DeepMath.Web.Modules.Registration.Tickets;

/// <summary>
/// One background worker per process that draws the tickets of registrations seated in a burst, after their
/// commit, and queues their confirmation e-mails (<see cref="PendingTickets"/>). It runs one event at a time,
/// so it takes a core at most while requests keep the others, and it waits for a burst to pass (no new seats
/// for <see cref="QuietPeriod"/>, or <see cref="MaxDelay"/> at most): drawing a ticket costs far more CPU than
/// seating, so drawing them during the burst would slow every registrant still waiting for an answer. Best
/// effort: if the process dies first, the minute's sweep (<see cref="Jobs.SendPendingTicketsJob"/>) sends them.
/// </summary>
public sealed class TicketMailer(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<TicketMailer> logger)
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);

    private readonly Channel<Guid> _events = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;
    private long _lastWake;

    public void Wake(Guid eventId)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(() => ServeAsync(lifetime.ApplicationStopping));
        }
        Interlocked.Exchange(ref _lastWake, Environment.TickCount64);
        _events.Writer.TryWrite(eventId);
    }

    /// <summary>
    /// Seats were taken or waiting places handed out: the burst is not over. Only confirmations wake the worker, but a
    /// burst goes on long after its seats are gone (everyone after them joins the waiting list), and drawing the
    /// tickets meanwhile would take the CPU from the registrants still waiting for their answer.
    /// </summary>
    public void NoteBurst() => Interlocked.Exchange(ref _lastWake, Environment.TickCount64);

    private async Task AfterTheBurstAsync(CancellationToken stopping)
    {
        var waitingSince = Environment.TickCount64;
        while (Environment.TickCount64 - Interlocked.Read(ref _lastWake) < QuietPeriod.TotalMilliseconds
            && Environment.TickCount64 - waitingSince < MaxDelay.TotalMilliseconds)
        {
            await Task.Delay(QuietPeriod / 5, stopping);
        }
    }

    private async Task ServeAsync(CancellationToken stopping)
    {
        try
        {
            while (await _events.Reader.WaitToReadAsync(stopping))
            {
                await AfterTheBurstAsync(stopping);
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
