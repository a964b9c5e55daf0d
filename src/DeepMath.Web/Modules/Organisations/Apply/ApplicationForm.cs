using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Organisations.Domain;

namespace DeepMath.Web.Modules.Organisations.Apply;

/// <summary>An application's fields; the thesis and CV come as files beside it.</summary>
public sealed class ApplicationForm
{
    [Required(ErrorMessage = "Give your thesis's title.")]
    [StringLength(200, ErrorMessage = "The title can have at most {1} characters.")]
    public string ThesisTitle { get; set; } = string.Empty;

    [Required(ErrorMessage = "Summarize your thesis in at most 300 words: the committee reads it first.")]
    [StringLength(5000, ErrorMessage = "The summary can have at most {1} characters.")]
    public string Summary { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give your full name.")]
    [StringLength(AwardApplication.NameMaxLength, ErrorMessage = "Your name can have at most {1} characters.")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the university where you wrote the thesis.")]
    [StringLength(300, ErrorMessage = "The affiliation can have at most {1} characters.")]
    public string Affiliation { get; set; } = string.Empty;

    [StringLength(100)]
    public string? Country { get; set; }

    [Required(ErrorMessage = "Choose the field of your thesis.")]
    public string Discipline { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give your supervisor's name.")]
    [StringLength(AwardApplication.NameMaxLength, ErrorMessage = "The supervisor's name can have at most {1} characters.")]
    public string SupervisorName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give your supervisor's e-mail address: they are sent a link to upload their letter.")]
    [EmailAddress(ErrorMessage = "\"{0}\" is not an e-mail address.")]
    [StringLength(AwardApplication.EmailMaxLength)]
    public string SupervisorEmail { get; set; } = string.Empty;
}
