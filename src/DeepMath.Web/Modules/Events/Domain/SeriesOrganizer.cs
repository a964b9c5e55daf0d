namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>Names an account as an organizer of a series: it may edit the series and add talks to it.</summary>
public sealed class SeriesOrganizer
{
    public Guid SeriesId { get; init; }
    public required string UserId { get; init; }
    public DateTimeOffset AddedAt { get; init; }
}
