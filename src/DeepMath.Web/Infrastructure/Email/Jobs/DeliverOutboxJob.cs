using DeepMath.Web.Infrastructure.Email.Delivery;
using DeepMath.Web.Infrastructure.Email.Transport;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DeepMath.Web.Infrastructure.Email.Jobs;

/// <summary>
/// One delivery run over one SMTP connection and one database session: leases due messages a batch at a
/// time (FOR UPDATE SKIP LOCKED, lease bound to the session), and for each one records "sending" before
/// handing it to the server and "sent" the moment the server answers 250. A message whose earlier attempt
/// ended without an answer (crash, database gone) is first looked up at the server by its Message-ID.
/// Runs side by side with other runs and instances; the delivery loop runs several at once.
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
            try
            {
                foreach (var message in batch)
                {
                    sent += await DeliverAsync(connection, session, message, cancellationToken) ? 1 : 0;
                    pending.Remove(message.Id);
                }
            }
            finally
            {
                if (pending.Count > 0 && connection.State == System.Data.ConnectionState.Open)
                {
                    await OutboxBatch.ReleaseAsync(connection, pending, CancellationToken.None);
                }
            }
        }
        return sent;
    }

    private async Task<bool> DeliverAsync(NpgsqlConnection connection, IEmailSession session, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.SendingSince is not null && await session.WasAcceptedAsync(message, cancellationToken) == true)
        {
            logger.LogInformation("E-mail {MessageId} was accepted by the server before its outcome was recorded; not sent again.", message.Id);
            await OutboxBatch.MarkSentAsync(connection, message.Id, clock.GetUtcNow(), cancellationToken);
            return true;
        }
        var lease = TimeSpan.FromSeconds(options.Value.Delivery.LeaseSeconds);
        if (!await OutboxBatch.MarkSendingAsync(connection, message.Id, clock.GetUtcNow(), lease, cancellationToken))
        {
            return false; // The lease went to another session (this one stalled past it): that one sends.
        }
        try
        {
            await session.SendAsync(message, cancellationToken);
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
        await OutboxBatch.MarkSentAsync(connection, message.Id, clock.GetUtcNow(), CancellationToken.None);
        return true;
    }
}
