using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Accounts.Manage;

public sealed class ChangePasswordForm
{
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(128)]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Choose a password of {2} to {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = string.Empty;
}

public sealed class ChangeEmailForm
{
    [Required(ErrorMessage = "Enter the new e-mail address.")]
    [EmailAddress(ErrorMessage = "'{0}' is not a valid e-mail address: it should look like name@university.edu.")]
    [StringLength(254)]
    [Display(Name = "New e-mail")]
    public string NewEmail { get; set; } = string.Empty;
}

public sealed record ManagePage(string Email, string DisplayName, bool EmailConfirmed, bool TwoFactorEnabled,
    ChangePasswordForm Password, ChangeEmailForm ChangeEmail);
