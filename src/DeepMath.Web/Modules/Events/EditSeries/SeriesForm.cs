using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.SharedKernel;

namespace DeepMath.Web.Modules.Events.EditSeries;

/// <summary>The fields of a series; the address and the organizers are set when it is created.</summary>
public sealed class SeriesForm : IValidatableObject
{
    [Required(ErrorMessage = "Give the series a name, for example SCMS Colloquium.")]
    [StringLength(Series.NameMaxLength, ErrorMessage = "The name can have at most {1} characters.")]
    public string Name { get; set; } = string.Empty;

    [StringLength(Series.SlugMaxLength, ErrorMessage = "The address can have at most {1} characters.")]
    [RegularExpression("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", ErrorMessage = "Use only letters, digits and single hyphens in the address, for example scms-colloquium.")]
    public string? Slug { get; set; }

    [StringLength(Series.HostMaxLength, ErrorMessage = "The host can have at most {1} characters.")]
    public string? Host { get; set; }

    [StringLength(Series.DescriptionMaxLength, ErrorMessage = "The description can have at most {1} characters.")]
    public string? Description { get; set; }

    public string TimeZoneId { get; set; } = "UTC";

    [StringLength(4000)]
    public string? OrganizerEmails { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IanaZones.IsListed(TimeZoneId))
        {
            yield return new ValidationResult(IanaZones.Unknown(TimeZoneId), [nameof(TimeZoneId)]);
        }
    }

    public static SeriesForm From(Series series) => new()
    {
        Name = series.Name, Slug = series.Slug, Host = series.Host, Description = series.DescriptionMarkdown, TimeZoneId = series.TimeZoneId,
    };

    public void ApplyTo(Series series)
    {
        series.Name = Name.Trim();
        series.Host = string.IsNullOrWhiteSpace(Host) ? null : Host.Trim();
        series.DescriptionMarkdown = Description ?? string.Empty;
        series.TimeZoneId = TimeZoneId;
    }
}
