using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Organisations.Domain;

public enum OrganisationKind
{
    [Display(Name = "Research programme")]
    ResearchProgramme = 0,
    Society = 1,
    Institute = 2,
}
