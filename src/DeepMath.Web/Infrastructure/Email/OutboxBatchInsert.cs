using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace DeepMath.Web.Infrastructure.Email;

/// <summary>
/// A batch of outbox messages written in one statement: the unique key index decides which are new
/// (ON CONFLICT DO NOTHING), instead of one look-up per message, and a key a concurrent transaction
/// queues first waits for it and is then skipped. Files, if any, follow in a second statement.
/// </summary>
internal static class OutboxBatchInsert
{
    private const string Messages = """
        INSERT INTO infra.outbox_messages (id, idempotency_key, to_address, to_name, event_id, subject, text_body, html_body,
            created_at, state, attempts, next_attempt_at)
        SELECT i.id, i.idempotency_key, i.to_address, i.to_name, i.event_id, i.subject, i.text_body, i.html_body,
            @now, 'Queued', 0, i.next_attempt_at
        FROM unnest(@ids, @keys, @addresses, @names, @events, @subjects, @texts, @htmls, @next)
            AS i(id, idempotency_key, to_address, to_name, event_id, subject, text_body, html_body, next_attempt_at)
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id AS "Value"
        """;

    private const string Files = """
        INSERT INTO infra.outbox_attachments (id, outbox_message_id, file_name, content_type, content)
        SELECT gen_random_uuid(), f.message, f.file_name, f.content_type, f.content
        FROM unnest(@messages, @names, @types, @contents) AS f(message, file_name, content_type, content)
        """;

    /// <returns>The keys queued by this call.</returns>
    public static async Task<IReadOnlySet<string>> RunAsync(DeepMathDbContext db, IReadOnlyList<OutboxItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = items.Select(_ => Guid.CreateVersion7()).ToArray();
        var inserted = (await db.Database.SqlQueryRaw<Guid>(Messages,
            new NpgsqlParameter("now", now.ToUniversalTime()),
            new NpgsqlParameter("ids", ids),
            new NpgsqlParameter("keys", items.Select(i => i.IdempotencyKey).ToArray()),
            new NpgsqlParameter("addresses", items.Select(i => i.Message.ToAddress).ToArray()),
            new NpgsqlParameter("names", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = items.Select(i => i.Message.ToName).ToArray() },
            new NpgsqlParameter("events", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = items.Select(i => i.EventId).ToArray() },
            new NpgsqlParameter("subjects", items.Select(i => i.Message.Subject).ToArray()),
            new NpgsqlParameter("texts", items.Select(i => i.Message.TextBody).ToArray()),
            new NpgsqlParameter("htmls", items.Select(i => i.Message.HtmlBody).ToArray()),
            new NpgsqlParameter("next", items.Select(i => (i.NotBefore is { } later && later > now ? later : now).ToUniversalTime()).ToArray()))
            .ToListAsync(cancellationToken)).ToHashSet();
        var queued = items.Where((_, n) => inserted.Contains(ids[n])).ToList();
        var files = queued.Zip(ids.Where(inserted.Contains)).SelectMany(q => (q.First.Message.Attachments ?? []).Select(a => (Message: q.Second, File: a))).ToList();
        if (files.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(Files,
                [
                    new NpgsqlParameter("messages", files.Select(f => f.Message).ToArray()),
                    new NpgsqlParameter("names", files.Select(f => f.File.FileName).ToArray()),
                    new NpgsqlParameter("types", files.Select(f => f.File.ContentType).ToArray()),
                    new NpgsqlParameter("contents", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = files.Select(f => f.File.Content).ToArray() },
                ], cancellationToken);
        }
        return queued.Select(q => q.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
    }
}
