namespace DeepMath.Web.Modules.Organisations.Domain;

/// <summary>A dated news item of an organisation, in Markdown (rendered sanitized). A draft is seen by its managers only.</summary>
public sealed class NewsItem
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; init; }
    public required string Title { get; set; }
    public DateOnly PublishedOn { get; set; }
    public string BodyMarkdown { get; set; } = string.Empty;
    public bool IsDraft { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
