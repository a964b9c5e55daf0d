namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>A research programme, society or institute with a page of its own: description, figures, perspectives, news, events and awards.</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 200;
    public const int SlugMaxLength = 80;
    public const int MarkdownMaxLength = 20_000;
    public const int MaxFigures = 12;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public string DescriptionMarkdown { get; set; } = string.Empty;
    public string PerspectivesMarkdown { get; set; } = string.Empty;

    /// <summary>In order: "23 projects", "34 principal investigators".</summary>
    public List<OrganisationFigure> Figures { get; set; } = [];
    public DateTimeOffset CreatedAt { get; init; }
}
