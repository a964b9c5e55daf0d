using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Accounts.Domain;

namespace DeepMath.Web.Modules.Accounts.CreateAccount;

public sealed class CreateAccountForm
{
    [Required(ErrorMessage = "Enter your name as it should appear to organizers.")]
    [StringLength(AppUser.DisplayNameMaxLength, ErrorMessage = "Your name can have at most {1} characters.")]
    [Display(Name = "Full name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "'{0}' is not a valid e-mail address: it should look like name@university.edu.")]
    [StringLength(254, ErrorMessage = "An e-mail address can have at most {1} characters.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Choose a password of {2} to {1} characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Repeat the password")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ: type the same password twice.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    /// <summary>A local page to come back to once the account exists (an invitation, for example).</summary>
    public string? ReturnUrl { get; set; }
}
