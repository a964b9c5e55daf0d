using System.ComponentModel.DataAnnotations;

namespace DeepMath.Web.Modules.Accounts.Login;

public sealed class LoginForm
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [StringLength(254)]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(128)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
