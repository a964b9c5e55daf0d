namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>Names an account as an organizer of one event.</summary>
public sealed class EventOrganizer
{
    public Guid EventId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset AddedAt { get; init; }
}
