using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Login;
using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DeepMath.Web.Modules.Accounts.ResetPassword;

[Route("account/reset-password")]
public sealed class ResetPasswordController(UserManager<AppUser> users) : Controller
{
    private const string InvalidLink = "This reset link is invalid or has expired. Ask for a new one with \"Forgot your password?\".";

    [HttpGet("")]
    public IActionResult Index(string? email, string? code) =>
        View("ResetPassword", new ResetPasswordForm { Email = email ?? string.Empty, Code = code ?? string.Empty });

    [HttpPost("")]
    [EnableRateLimiting(ThrottlingSetup.Reset)]
    public async Task<IActionResult> Index(ResetPasswordForm form)
    {
        if (!ModelState.IsValid)
        {
            return View("ResetPassword", form);
        }
        var user = await users.FindByEmailAsync(form.Email.Trim());
        var result = user is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, LinkCode.Decode(form.Code), form.Password);
        if (!result.Succeeded)
        {
            var tokenProblem = user is null || result.Errors.Any(e => e.Code == "InvalidToken") || !result.Errors.Any();
            ModelState.AddModelError(string.Empty, tokenProblem ? InvalidLink : string.Join(" ", result.Errors.Select(e => e.Description)));
            return View("ResetPassword", form);
        }
        // A reset also ends a lockout: the owner has proved control of the address.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        TempData["Status"] = "Your password is changed. Sign in with the new one.";
        return RedirectToAction(nameof(LoginController.Index), "Login");
    }
}

public sealed class ResetPasswordForm
{
    [Required]
    [StringLength(254)]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = InvalidCode)]
    public string Code { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a new password.")]
    [StringLength(128, MinimumLength = 10, ErrorMessage = "Choose a password of {2} to {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Repeat the new password")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ: type the same password twice.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    private const string InvalidCode = "This reset link is incomplete: open the link from the e-mail exactly as it is.";
}
