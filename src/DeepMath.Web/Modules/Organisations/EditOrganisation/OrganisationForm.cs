using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.EditOrganisation;

/// <summary>Everything a manager edits on the organisation's page; lists one item per line.</summary>
public sealed class OrganisationForm
{
    [Required(ErrorMessage = "Give the organisation's name.")]
    [StringLength(Organisation.NameMaxLength, ErrorMessage = "The name can have at most {1} characters.")]
    public string Name { get; set; } = string.Empty;

    [StringLength(Organisation.MarkdownMaxLength, ErrorMessage = "The description can have at most {1} characters.")]
    public string? Description { get; set; }

    [StringLength(Organisation.MarkdownMaxLength, ErrorMessage = "The perspectives can have at most {1} characters.")]
    public string? Perspectives { get; set; }

    [StringLength(4000)]
    public string? Figures { get; set; }

    [StringLength(4000)]
    public string? ManagerEmails { get; set; }

    [StringLength(4000)]
    public string? EventSlugs { get; set; }
}
