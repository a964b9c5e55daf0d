using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Accounts.Login;

public sealed class TwoFactorForm
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app, or a recovery code.")]
    [StringLength(20)]
    [Display(Name = "Code")]
    public string Code { get; set; } = string.Empty;

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
