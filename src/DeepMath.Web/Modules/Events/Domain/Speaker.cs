namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>A speaker of invited talks and colloquia: a profile reused across events, with no account.</summary>
public sealed class Speaker
{
    public const int NameMaxLength = 200;
    public const int AffiliationMaxLength = 300;
    public const int BiographyMaxLength = 10_000;
    public const int HomepageMaxLength = 500;
    public const int PhotoMaxBytes = 2 * 1024 * 1024;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string? Affiliation { get; set; }
    public string BiographyMarkdown { get; set; } = string.Empty;
    public string? Homepage { get; set; }

    /// <summary>PNG or JPEG bytes, at most <see cref="PhotoMaxBytes"/>; never loaded by list queries (they project).</summary>
    public byte[]? Photo { get; set; }

    public string? PhotoContentType { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
