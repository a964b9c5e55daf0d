namespace DeepMath.Web.Infrastructure.Email;

/// <summary>A file of an outbox message, saved in the same transaction as the message.</summary>
public sealed class OutboxAttachment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OutboxMessageId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
}
