using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.EditOrganisation;

/// <summary>A meeting elsewhere that the organisation supports.</summary>
public sealed class ExternalEventForm
{
    [Required(ErrorMessage = "Give the meeting's title.")]
    [StringLength(ExternalEvent.TitleMaxLength, ErrorMessage = "The title can have at most {1} characters.")]
    public string Title { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the meeting's first day.")]
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    [StringLength(ExternalEvent.PlaceMaxLength, ErrorMessage = "The place can have at most {1} characters.")]
    public string? Place { get; set; }

    [Required(ErrorMessage = "Give the address of the meeting's own site (https://...).")]
    [StringLength(ExternalEvent.UrlMaxLength, ErrorMessage = "The address can have at most {1} characters.")]
    public string Url { get; set; } = string.Empty;
}
