using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email.Transport;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Infrastructure.Email.Jobs;

/// <summary>
/// Delivers queued e-mail over one SMTP session per run. Each message is claimed with FOR UPDATE SKIP
/// LOCKED inside its own transaction, so two app instances (or two runs of this job) never send the
/// same message, and a message whose send failed is retried later with backoff.
/// </summary>
[DisableConcurrentExecution(timeoutInSeconds: 0)]
[AutomaticRetry(Attempts = 0)]
public sealed class DeliverOutboxJob(
    DeepMathDbContext db, IEmailTransport transport, TimeProvider clock, ILogger<DeliverOutboxJob> logger)
{
    public const string RecurringId = "deliver-outbox";
    private const int BatchLimit = 500;

    /// <summary>
    /// Asks for a delivery now. Best effort: the messages are already committed, and the minute's sweep
    /// delivers them if this fails, so a job-storage hiccup must not fail the user's request.
    /// </summary>
    public static void TriggerNow(IServiceProvider services)
    {
        try
        {
            services.GetService<IBackgroundJobClient>()?.Enqueue<DeliverOutboxJob>(job => job.RunAsync(CancellationToken.None));
        }
        catch (Exception ex) when (ex is BackgroundJobClientException or InvalidOperationException or ObjectDisposedException)
        {
            services.GetService<ILogger<DeliverOutboxJob>>()?.LogWarning(ex, "Could not ask for an immediate e-mail delivery; the next sweep will deliver.");
        }
    }

    /// <returns>How many messages were sent.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        await using var session = transport.OpenSession();
        for (var i = 0; i < BatchLimit; i++)
        {
            var outcome = await DeliverNextAsync(session, cancellationToken);
            if (outcome is null)
            {
                break;
            }
            sent += outcome.Value ? 1 : 0;
        }
        return sent;
    }

    /// <returns>null when nothing is due; otherwise whether the claimed message was sent.</returns>
    private async Task<bool?> DeliverNextAsync(IEmailSession session, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var message = await db.OutboxMessages
            .FromSql($"""
                SELECT * FROM infra.outbox_messages
                WHERE "State" = 'Queued' AND "NextAttemptAt" <= {now}
                ORDER BY "NextAttemptAt", "CreatedAt"
                LIMIT 1 FOR UPDATE SKIP LOCKED
                """)
            .SingleOrDefaultAsync(cancellationToken);
        if (message is null)
        {
            return null;
        }
        await db.Entry(message).Collection(m => m.Attachments).LoadAsync(cancellationToken);
        bool delivered;
        try
        {
            await session.SendAsync(message, cancellationToken);
            message.RecordSent(clock.GetUtcNow());
            delivered = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.RecordFailure($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow());
            logger.LogWarning(ex, "E-mail {MessageId} to {To} failed (attempt {Attempt})", message.Id, message.ToAddress, message.Attempts);
            delivered = false;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return delivered;
    }
}
