using DeepMath.Web.Modules.Registration.Tickets;
using Hangfire;

namespace DeepMath.Web.Modules.Registration.Jobs;

/// <summary>
/// Every minute: queues the ticket e-mail of any registration confirmed more than a minute ago without one
/// (the process seated it, then died before <see cref="TicketMailer"/> drew its ticket). The minute's grace
/// leaves the live mailer its work, so that the two rarely draw the same ticket (the e-mail's key would stop a second anyway).
/// </summary>
[AutomaticRetry(Attempts = 3)]
public sealed class SendPendingTicketsJob(PendingTickets pending, TimeProvider clock)
{
    public const string RecurringId = "registration-tickets";

    /// <returns>How many confirmation e-mails were queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddMinutes(-1);
        var count = 0;
        foreach (var eventId in await pending.EventsAsync(cutoff, cancellationToken))
        {
            count += await pending.QueueAsync(eventId, cutoff, cancellationToken);
        }
        return count;
    }
}
