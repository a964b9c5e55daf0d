using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Events.Domain;

public sealed class Event
{
    public const int TitleMaxLength = 200;
    public const int SlugMaxLength = 80;
    public const int DescriptionMaxLength = 20_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public EventKind Kind { get; set; }
    public string? Series { get; set; }
    public int? Edition { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string DescriptionMarkdown { get; set; } = string.Empty;
    public string? Venue { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>Wall-clock start on the first day in the event's zone; null for an event of whole days.</summary>
    public TimeOnly? StartTime { get; set; }

    /// <summary>Wall-clock end on the last day in the event's zone; set together with <see cref="StartTime"/>.</summary>
    public TimeOnly? EndTime { get; set; }

    /// <summary>The conference a workshop belongs to; null for one that stands alone.</summary>
    public Guid? ParentEventId { get; set; }

    /// <summary>The colloquium or seminar series a talk belongs to.</summary>
    public Guid? SeriesId { get; set; }

    /// <summary>The speaker of a colloquium talk.</summary>
    public Guid? SpeakerId { get; set; }

    public string? Room { get; set; }
    public string? HostInstitution { get; set; }
    public required string TimeZoneId { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country the event is held in; it chooses the paper of tickets and letters.</summary>
    public string? CountryCode { get; set; }
    public DateOnly? RegistrationOpensOn { get; set; }
    public DateOnly? RegistrationClosesOn { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public TimeZoneInfo TimeZone => TimeZones.Find(TimeZoneId);

    public DateTimeOffset StartsAt => EventTimes.StartsAt(this);

    public DateTimeOffset EndsAt => EventTimes.EndsAt(this);
}
