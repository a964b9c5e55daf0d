using DeepMath.Web.Infrastructure.Email.Delivery;
using DeepMath.Web.Infrastructure.Email.Transport;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DeepMath.Web.Infrastructure.Email.Jobs;

/// <summary>
/// One delivery run over one SMTP connection and one database session: leases due messages a batch at a
/// time (FOR UPDATE SKIP LOCKED, lease bound to the session), records the batch "sending" in one durable
/// commit before handing its messages to the server, and records those the server answered 250 to as "sent"
/// in one commit after. A message whose earlier attempt ended without a recorded answer (crash, database
/// gone) is first looked up at the server by its Message-ID, so none is sent twice where the server can
/// tell. Runs side by side with other runs and instances; the delivery loop runs several at once.
/// </summary>
public sealed class DeliverOutboxJob(
    DeliveryDataSource database, IEmailTransport transport, TimeProvider clock,
    IOptions<EmailOptions> options, ILogger<DeliverOutboxJob> logger)
{
    private const int RunLimit = 500;

    /// <returns>How many messages were sent (or found already accepted by the server).</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Delivery;
        var sent = 0;
        await using var connection = await database.Source.OpenConnectionAsync(cancellationToken);
        await using var session = transport.OpenSession();
        while (sent < RunLimit)
        {
            var batch = await OutboxBatch.ClaimAsync(connection, clock.GetUtcNow(), settings, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            var pending = batch.Select(m => m.Id).ToHashSet();
            var accepted = new List<Guid>();
            try
            {
                await DeliverBatchAsync(connection, session, batch, accepted, pending, cancellationToken);
            }
            finally
            {
                // Whatever the server accepted is recorded even when the batch stopped half-way.
                if (connection.State == System.Data.ConnectionState.Open)
                {
                    await OutboxBatch.MarkSentAsync(connection, accepted, clock.GetUtcNow(), CancellationToken.None);
                    pending.ExceptWith(accepted);
                    if (pending.Count > 0)
                    {
                        await OutboxBatch.ReleaseAsync(connection, pending, CancellationToken.None);
                    }
                }
            }
            sent += accepted.Count;
        }
        return sent;
    }

    private async Task DeliverBatchAsync(NpgsqlConnection connection, IEmailSession session, IReadOnlyList<OutboxMessage> batch,
        List<Guid> accepted, HashSet<Guid> pending, CancellationToken cancellationToken)
    {
        var toSend = new List<OutboxMessage>();
        foreach (var message in batch)
        {
            if (message.SendingSince is not null && await session.WasAcceptedAsync(message, cancellationToken) == true)
            {
                logger.LogInformation("E-mail {MessageId} was accepted by the server before its outcome was recorded; not sent again.", message.Id);
                accepted.Add(message.Id);
            }
            else
            {
                toSend.Add(message);
            }
        }
        var lease = TimeSpan.FromSeconds(options.Value.Delivery.LeaseSeconds);
        // Leases that went to another session (this one stalled past them) are that session's to send.
        var marked = await OutboxBatch.MarkSendingAsync(connection, [.. toSend.Select(m => m.Id)], clock.GetUtcNow(), lease, cancellationToken);
        foreach (var message in toSend.Where(m => marked.Contains(m.Id)))
        {
            if (await SendAsync(connection, session, message, cancellationToken))
            {
                accepted.Add(message.Id);
            }
            else
            {
                pending.Remove(message.Id); // Its failure is recorded; it is no longer this run's.
            }
        }
    }

    private async Task<bool> SendAsync(NpgsqlConnection connection, IEmailSession session, OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await session.SendAsync(message, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A refusal (an SMTP reply) means not accepted; anything else may have happened after the server
            // took the message, so the attempt stays "sending" and the retry asks the server first.
            var refused = ex is SmtpCommandException;
            message.RecordFailure($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow());
            logger.LogWarning(ex, "E-mail {MessageId} to {To} failed (attempt {Attempt})", message.Id, message.ToAddress, message.Attempts);
            await OutboxBatch.MarkFailedAsync(connection, message, refused ? null : message.SendingSince ?? clock.GetUtcNow(), cancellationToken);
            return false;
        }
    }
}
