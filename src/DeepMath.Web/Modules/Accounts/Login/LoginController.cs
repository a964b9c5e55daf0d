using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DeepMath.Web.Modules.Accounts.Login;

[Route("account/login")]
public sealed class LoginController(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountThrottle throttle, SignInTiming timing, AnswerFloor floor, ILogger<LoginController> logger) : Controller
{
    // One message for an unknown address, a wrong password and a locked account: the form must not
    // tell which accounts exist, and only an existing account can be locked.
    public const string InvalidMessage =
        "The e-mail address or password is not right, or after too many failed attempts the account is locked for 15 minutes. "
        + "Check both and try again later, or use \"Forgot your password?\".";

    public const string LockedMessage = InvalidMessage;

    [HttpGet("")]
    public IActionResult Index(string? returnUrl) => View("Login", new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("")]
    [EnableRateLimiting(ThrottlingSetup.SignIn)]
    public async Task<IActionResult> Index(LoginForm form)
    {
        if (!ModelState.IsValid)
        {
            return View("Login", form);
        }
        if (!throttle.TrySignIn(HttpContext, form.Email))
        {
            return new EmptyResult();
        }
        var started = AnswerFloor.Start();
        var user = await users.FindByEmailAsync(form.Email.Trim());
        // A locked account is refused before its password is checked; the attempt that locks it was checked.
        var lockedBefore = user is not null && await users.IsLockedOutAsync(user);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (user is null || lockedBefore)
        {
            // Neither checked a password: spend the time one takes (once: twice would tell the locking attempt apart).
            timing.HashAsIfChecking(form.Password);
        }
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user!.Id);
            return LocalRedirect(SafeReturn(form.ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactor), new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
        }
        await floor.WaitAsync(started, HttpContext.RequestAborted);
        ModelState.AddModelError(string.Empty, InvalidMessage);
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
    [EnableRateLimiting(ThrottlingSetup.SignIn)]
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
            ? "Too many wrong codes: this account is locked for 15 minutes. Try again later."
            : "That code is not right. Codes change every 30 seconds: enter the one your app shows now, or a recovery code.");
        form.Code = string.Empty;
        return View("TwoFactor", form);
    }

    private string SafeReturn(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : Url.Content("~/");
}
