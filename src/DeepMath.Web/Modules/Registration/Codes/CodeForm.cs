using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Registration.Codes;

public sealed class CodeForm
{
    [EmailAddress(ErrorMessage = "\"{0}\" is not an e-mail address; leave it empty to create a code without sending it.")]
    [Display(Name = "Invite (e-mail, optional)")]
    public string? Email { get; set; }

    [Range(1, 100, ErrorMessage = "The discount is a percentage from {1} to {2} (100 makes it free).")]
    [Display(Name = "Discount (%)")]
    public int DiscountPercent { get; set; } = 100;

    [Range(1, 10_000, ErrorMessage = "The use limit is a number from {1} to {2}.")]
    [Display(Name = "Uses allowed")]
    public int MaxUses { get; set; } = 1;

    [Display(Name = "Valid until (last day, optional)")]
    public DateOnly? ExpiresOn { get; set; }
}
