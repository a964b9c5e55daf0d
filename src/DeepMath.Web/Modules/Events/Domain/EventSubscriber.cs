namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>An account that asked to hear when the event's calls open.</summary>
public sealed class EventSubscriber
{
    public Guid EventId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset SubscribedAt { get; init; }
}
