using Npgsql;
using NpgsqlTypes;

namespace DeepMath.Web.Infrastructure.Email.Delivery;

/// <summary>The delivery run's statements on its own session (see <see cref="OutboxSql"/>), each committed by itself.</summary>
public static class OutboxBatch
{
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        NpgsqlConnection connection, DateTimeOffset now, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        await using (var claim = new NpgsqlCommand(OutboxSql.Claim, connection))
        {
            claim.Parameters.AddWithValue("now", now);
            claim.Parameters.AddWithValue("until", now.AddSeconds(settings.LeaseSeconds));
            claim.Parameters.AddWithValue("n", settings.BatchSize);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                messages.Add(new OutboxMessage
                {
                    Id = reader.GetGuid(0),
                    IdempotencyKey = reader.GetString(1),
                    ToAddress = reader.GetString(2),
                    ToName = reader.IsDBNull(3) ? null : reader.GetString(3),
                    Subject = reader.GetString(4),
                    TextBody = reader.GetString(5),
                    HtmlBody = reader.GetString(6),
                    CreatedAt = reader.GetFieldValue<DateTimeOffset>(7),
                    Attempts = reader.GetInt32(8),
                    SendingSince = reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
                    NextAttemptAt = reader.GetFieldValue<DateTimeOffset>(10),
                });
            }
        }
        if (messages.Count > 0)
        {
            await LoadAttachmentsAsync(connection, messages, cancellationToken);
        }
        // Oldest due first, as claimed; RETURNING does not keep the subquery's order.
        return [.. messages.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt)];
    }

    private static async Task LoadAttachmentsAsync(NpgsqlConnection connection, List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var byId = messages.ToDictionary(m => m.Id);
        await using var command = new NpgsqlCommand(OutboxSql.Attachments, connection);
        command.Parameters.AddWithValue("ids", byId.Keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byId[reader.GetGuid(0)].Attachments.Add(new OutboxAttachment
            {
                OutboxMessageId = reader.GetGuid(0),
                FileName = reader.GetString(1),
                ContentType = reader.GetString(2),
                Content = reader.GetFieldValue<byte[]>(3),
            });
        }
    }

    /// <returns>The messages of <paramref name="ids"/> this session still leases, now marked "sending".</returns>
    public static async Task<IReadOnlySet<Guid>> MarkSendingAsync(
        NpgsqlConnection connection, IReadOnlyCollection<Guid> ids, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var marked = new HashSet<Guid>();
        if (ids.Count == 0)
        {
            return marked;
        }
        await using var command = new NpgsqlCommand(OutboxSql.MarkSending, connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("until", now + lease);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            marked.Add(reader.GetGuid(0));
        }
        return marked;
    }

    /// <summary>Records the server's acceptance of several messages in one transaction that does not wait for the disk (see <see cref="OutboxSql.MarkSent"/>).</summary>
    public static async Task MarkSentAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var relaxed = new NpgsqlCommand("SET LOCAL synchronous_commit = off", connection, transaction))
        {
            await relaxed.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var command = new NpgsqlCommand(OutboxSql.MarkSent, connection, transaction))
        {
            command.Parameters.AddWithValue("ids", ids.ToArray());
            command.Parameters.AddWithValue("now", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <param name="sendingSince">Kept when the attempt's outcome is unknown, so that the retry asks the server first.</param>
    public static async Task MarkFailedAsync(NpgsqlConnection connection, OutboxMessage failed, DateTimeOffset? sendingSince, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(OutboxSql.MarkFailed, connection);
        command.Parameters.AddWithValue("id", failed.Id);
        command.Parameters.AddWithValue("state", failed.State.ToString());
        command.Parameters.AddWithValue("attempts", failed.Attempts);
        command.Parameters.AddWithValue("error", (object?)failed.LastError ?? DBNull.Value);
        command.Parameters.AddWithValue("next", failed.NextAttemptAt);
        command.Parameters.Add(new NpgsqlParameter("sending", NpgsqlDbType.TimestampTz) { Value = (object?)sendingSince ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task ReleaseAsync(NpgsqlConnection connection, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(OutboxSql.Release, connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
