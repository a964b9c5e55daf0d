namespace DeepMath.Web.Infrastructure.Email;

/// <summary>One message of a batch for <see cref="IOutbox.QueueBatchAsync"/>.</summary>
/// <param name="NotBefore">The first attempt waits until then (pacing); null or past means now.</param>
public sealed record OutboxItem(EmailMessage Message, string IdempotencyKey, Guid? EventId = null, DateTimeOffset? NotBefore = null);
