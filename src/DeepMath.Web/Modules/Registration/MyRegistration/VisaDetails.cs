using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Registration.MyRegistration;

/// <summary>What a consulate wants in a visa invitation letter, typed when asking for it.</summary>
public sealed class VisaDetails
{
    [StringLength(40, ErrorMessage = "The passport number can have at most {1} characters.")]
    [Display(Name = "Passport number")]
    public string? PassportNumber { get; set; }

    [StringLength(80, ErrorMessage = "The nationality can have at most {1} characters.")]
    public string? Nationality { get; set; }
}
