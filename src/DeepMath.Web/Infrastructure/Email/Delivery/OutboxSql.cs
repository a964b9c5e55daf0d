namespace DeepMath.Web.Infrastructure.Email.Delivery;

/// <summary>
/// The delivery loop's statements, run on the delivery pool's own sessions rather than through EF, so that
/// a lease is bound to the PostgreSQL session holding it (see <see cref="OutboxBatch"/>).
/// </summary>
public static class OutboxSql
{
    public const string Channel = "deepmath_outbox";

    // Takes up to @n due messages that no live session holds: not leased, lease run out, or leased by a
    // PostgreSQL session that no longer exists (its process was killed or the database restarted).
    public const string Claim = """
        UPDATE infra.outbox_messages AS o SET lease_owner = pg_backend_pid(), lease_until = @until
        WHERE o.id IN (
            SELECT c.id FROM infra.outbox_messages AS c
            WHERE c.state = 'Queued' AND c.next_attempt_at <= @now
              AND (c.lease_owner IS NULL OR c.lease_until < @now
                   OR NOT EXISTS (SELECT 1 FROM pg_stat_activity AS s WHERE s.pid = c.lease_owner))
            ORDER BY c.next_attempt_at, c.created_at
            LIMIT @n FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.idempotency_key, o.to_address, o.to_name, o.subject,
            o.text_body, o.html_body, o.created_at, o.attempts, o.sending_since, o.next_attempt_at
        """;

    public const string Attachments = """
        SELECT outbox_message_id, file_name, content_type, content FROM infra.outbox_attachments
        WHERE outbox_message_id = ANY(@ids)
        """;

    // Written, durably, before a batch goes to the server; only for the messages this session still leases.
    public const string MarkSending = """
        UPDATE infra.outbox_messages SET sending_since = @now, lease_until = @until
        WHERE id = ANY(@ids) AND state = 'Queued' AND lease_owner = pg_backend_pid()
        RETURNING id
        """;

    // Committed without waiting for the disk (synchronous_commit off for this one transaction): if the database
    // loses it in a crash the rows stay "sending", and the retry asks the server before sending again, which is
    // exactly what happens when the process dies between the server's answer and this statement.
    public const string MarkSent = """
        UPDATE infra.outbox_messages SET state = 'Sent', sent_at = @now, attempts = attempts + 1,
            last_error = NULL, lease_owner = NULL, lease_until = NULL
        WHERE id = ANY(@ids) AND state = 'Queued'
        """;

    public const string MarkFailed = """
        UPDATE infra.outbox_messages SET state = @state, attempts = @attempts, last_error = @error,
            next_attempt_at = @next, sending_since = @sending, lease_owner = NULL, lease_until = NULL
        WHERE id = @id AND state = 'Queued'
        """;

    public const string Release = """
        UPDATE infra.outbox_messages SET lease_owner = NULL, lease_until = NULL
        WHERE id = ANY(@ids) AND state = 'Queued' AND lease_owner = pg_backend_pid()
        """;
}
