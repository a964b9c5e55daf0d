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
    public required string TimeZoneId { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country the event is held in; it chooses the paper of tickets and letters.</summary>
    public string? CountryCode { get; set; }
    public DateOnly? RegistrationOpensOn { get; set; }
    public DateOnly? RegistrationClosesOn { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    public TimeZoneInfo TimeZone => TimeZones.Find(TimeZoneId);
}
