using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Events.Domain;

namespace DeepMath.Web.Modules.Events.Speakers;

/// <summary>A speaker's profile as the form posts it; the photo comes as a separate file.</summary>
public sealed class SpeakerForm : IValidatableObject
{
    [Required(ErrorMessage = "Give the speaker's name.")]
    [StringLength(Speaker.NameMaxLength, ErrorMessage = "The name can have at most {1} characters.")]
    public string Name { get; set; } = string.Empty;

    [StringLength(Speaker.AffiliationMaxLength, ErrorMessage = "The affiliation can have at most {1} characters.")]
    public string? Affiliation { get; set; }

    [StringLength(Speaker.BiographyMaxLength, ErrorMessage = "The biography can have at most {1} characters.")]
    public string? Biography { get; set; }

    [StringLength(Speaker.HomepageMaxLength, ErrorMessage = "The homepage address can have at most {1} characters.")]
    public string? Homepage { get; set; }

    /// <summary>Removes the current photo when ticked (and no new one is sent).</summary>
    public bool RemovePhoto { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Homepage)
            && !(Uri.TryCreate(Homepage.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("The homepage must be a web address starting with https:// or http://.", [nameof(Homepage)]);
        }
    }

    public static SpeakerForm From(Speaker s) => new() { Name = s.Name, Affiliation = s.Affiliation, Biography = s.BiographyMarkdown, Homepage = s.Homepage };
}
