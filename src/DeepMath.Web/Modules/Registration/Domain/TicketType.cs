namespace DeepMath.Web.Modules.Registration.Domain;

/// <summary>A kind of ticket an organizer offers (student, academic, industry), with its fee and an optional cap of its own.</summary>
public sealed class TicketType
{
    public const int NameMaxLength = 80;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid EventId { get; init; }
    public required string Name { get; set; }
    public decimal Fee { get; set; }

    /// <summary>At most this many confirmed registrations of this type; null when only the event's capacity limits it.</summary>
    public int? Cap { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Closed types stay on existing registrations but are no longer offered.</summary>
    public bool IsOffered { get; set; } = true;
}
