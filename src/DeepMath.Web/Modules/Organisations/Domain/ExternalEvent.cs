namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>A meeting elsewhere that an organisation supports: shown with its dates and place, and a link to its own site.</summary>
public sealed class ExternalEvent
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int UrlMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public required string Title { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string Place { get; set; } = string.Empty;
    public required string Url { get; set; }
}
