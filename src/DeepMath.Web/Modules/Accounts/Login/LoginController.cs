using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Accounts.Login;

[Route("account/login")]
public sealed class LoginController(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<LoginController> logger) : Controller
{
    // One message for an unknown address and a wrong password: the form must not tell which accounts exist.
    public const string InvalidMessage = "The e-mail address or password is not right. Check both and try again, or use \"Forgot your password?\".";
    public const string LockedMessage = "Too many failed attempts: this account is locked for 15 minutes. Try again later, or reset your password.";

    [HttpGet("")]
    public IActionResult Index(string? returnUrl) => View("Login", new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("")]
    public async Task<IActionResult> Index(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View("Login", form);
        }
        var user = await users.FindByEmailAsync(form.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user!.Id);
            return LocalRedirect(SafeReturn(form.ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactor), new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? LockedMessage : InvalidMessage);
        form.Password = string.Empty;
        return View("Login", form);
    }

    [HttpGet("2fa")]
    public async Task<IActionResult> TwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Index));
        }
        return View("TwoFactor", new TwoFactorForm { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("2fa")]
    public async Task<IActionResult> TwoFactor(TwoFactorForm form)
    {
        if (!ModelState.IsValid)
        {
            return View("TwoFactor", form);
        }
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Index));
        }
        var code = form.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, form.RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(form.Code.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn(form.ReturnUrl));
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? LockedMessage
            : "That code is not right. Codes change every 30 seconds: enter the one your app shows now, or a recovery code.");
        form.Code = string.Empty;
        return View("TwoFactor", form);
    }

    private string SafeReturn(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
}
