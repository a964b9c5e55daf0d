using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DeepMath.Web.Infrastructure.Email.Delivery;

/// <summary>
/// The delivery loop's statements, written with the table and column names the EF model maps, so that
/// they follow the model if its naming changes. Built once per process.
/// </summary>
public sealed class OutboxSql
{
    private OutboxSql(Func<string, string> m, Func<string, string> a, string messages, string attachments)
    {
        // Takes up to @n due messages that no live session holds: not leased, lease run out, or leased by a
        // PostgreSQL session that no longer exists (its process was killed or the database restarted).
        Claim = $"""
            UPDATE {messages} AS o SET {m("LeaseOwner")} = pg_backend_pid(), {m("LeaseUntil")} = @until
            WHERE o.{m("Id")} IN (
                SELECT c.{m("Id")} FROM {messages} AS c
                WHERE c.{m("State")} = 'Queued' AND c.{m("NextAttemptAt")} <= @now
                  AND (c.{m("LeaseOwner")} IS NULL OR c.{m("LeaseUntil")} < @now
                       OR NOT EXISTS (SELECT 1 FROM pg_stat_activity AS s WHERE s.pid = c.{m("LeaseOwner")}))
                ORDER BY c.{m("NextAttemptAt")}, c.{m("CreatedAt")}
                LIMIT @n FOR UPDATE SKIP LOCKED)
            RETURNING o.{m("Id")}, o.{m("IdempotencyKey")}, o.{m("ToAddress")}, o.{m("ToName")}, o.{m("Subject")},
                o.{m("TextBody")}, o.{m("HtmlBody")}, o.{m("CreatedAt")}, o.{m("Attempts")}, o.{m("SendingSince")}, o.{m("NextAttemptAt")}
            """;
        Attachments = $"""
            SELECT {a("OutboxMessageId")}, {a("FileName")}, {a("ContentType")}, {a("Content")} FROM {attachments}
            WHERE {a("OutboxMessageId")} = ANY(@ids)
            """;
        // Written before the message goes to the server; only while this session still holds the lease.
        MarkSending = $"""
            UPDATE {messages} SET {m("SendingSince")} = @now, {m("LeaseUntil")} = @until
            WHERE {m("Id")} = @id AND {m("State")} = 'Queued' AND {m("LeaseOwner")} = pg_backend_pid()
            """;
        MarkSent = $"""
            UPDATE {messages} SET {m("State")} = 'Sent', {m("SentAt")} = @now, {m("Attempts")} = {m("Attempts")} + 1,
                {m("LastError")} = NULL, {m("LeaseOwner")} = NULL, {m("LeaseUntil")} = NULL
            WHERE {m("Id")} = @id AND {m("State")} = 'Queued'
            """;
        MarkFailed = $"""
            UPDATE {messages} SET {m("State")} = @state, {m("Attempts")} = @attempts, {m("LastError")} = @error,
                {m("NextAttemptAt")} = @next, {m("SendingSince")} = @sending, {m("LeaseOwner")} = NULL, {m("LeaseUntil")} = NULL
            WHERE {m("Id")} = @id AND {m("State")} = 'Queued'
            """;
        Release = $"""
            UPDATE {messages} SET {m("LeaseOwner")} = NULL, {m("LeaseUntil")} = NULL
            WHERE {m("Id")} = ANY(@ids) AND {m("State")} = 'Queued' AND {m("LeaseOwner")} = pg_backend_pid()
            """;
        Backlog = $"""
            SELECT count(*), min({m("CreatedAt")}) FROM {messages} WHERE {m("State")} = 'Queued' AND {m("NextAttemptAt")} <= @now
            """;
    }

    public const string Channel = "deepmath_outbox";

    public string Claim { get; }
    public string Attachments { get; }
    public string MarkSending { get; }
    public string MarkSent { get; }
    public string MarkFailed { get; }
    public string Release { get; }

    /// <summary>Messages due and not sent, and the creation time of the oldest of them.</summary>
    public string Backlog { get; }

    public static OutboxSql From(IModel model)
    {
        var message = model.FindEntityType(typeof(OutboxMessage))!;
        var attachment = model.FindEntityType(typeof(OutboxAttachment))!;
        return new OutboxSql(Columns(message), Columns(attachment), Table(message), Table(attachment));
    }

    private static string Table(IEntityType type) => $"\"{type.GetSchema()}\".\"{type.GetTableName()}\"";

    private static Func<string, string> Columns(IEntityType type) =>
        property => $"\"{type.FindProperty(property)!.GetColumnName()}\"";
}
