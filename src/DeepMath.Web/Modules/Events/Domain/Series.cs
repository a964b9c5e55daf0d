namespace DeepMath.Web.Modules.Events.Domain;

/// <summary>A colloquium or seminar series: it groups its talks, which are events of kind Colloquium.</summary>
public sealed class Series
{
    public const int NameMaxLength = 200;
    public const int SlugMaxLength = 80;
    public const int HostMaxLength = 300;
    public const int DescriptionMaxLength = 20_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string DescriptionMarkdown { get; set; } = string.Empty;

    /// <summary>The institution that hosts the series, the default host of its talks.</summary>
    public string? Host { get; set; }

    /// <summary>The zone new talks start in.</summary>
    public required string TimeZoneId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
