using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.CreateOrganisation;

public sealed class CreateOrganisationForm
{
    [Required(ErrorMessage = "Give the organisation's name.")]
    [StringLength(Organisation.NameMaxLength, ErrorMessage = "The name can have at most {1} characters.")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the organisation's web address, for example spp-2298.")]
    [StringLength(Organisation.SlugMaxLength, ErrorMessage = "The address can have at most {1} characters.")]
    [RegularExpression("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", ErrorMessage = "Use only letters, digits and single hyphens in the address, for example spp-2298.")]
    public string Slug { get; set; } = string.Empty;

    public OrganisationKind Kind { get; set; }

    [Display(Name = "Managers' e-mail addresses (one per line)")]
    [StringLength(4000)]
    public string? ManagerEmails { get; set; }
}
