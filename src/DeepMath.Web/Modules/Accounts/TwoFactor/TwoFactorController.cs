using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using DeepMath.Web.Infrastructure.Web.Confirmation;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace DeepMath.Web.Modules.Accounts.TwoFactor;

/// <summary>Turns authenticator-app sign-in on and off, and shows recovery codes once.</summary>
[Authorize]
[Route("account/manage/2fa")]
public sealed class TwoFactorController(UserManager<AppUser> users, SignInManager<AppUser> signIn) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => await PageAsync(new EnableForm());

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(EnableForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return await PageAsync(form);
        }
        var code = form.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(EnableForm.Code), "That code is not right. Enter the 6 digits your app shows now for DeepMath.");
            return await PageAsync(new EnableForm());
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
        await signIn.RefreshSignInAsync(user);
        return View("RecoveryCodes", recovery.ToList());
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable([FromForm] bool confirmed)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!confirmed)
        {
            return this.ConfirmFirstView("Turn two-factor sign-in off?", "Turn two-factor sign-in off", Url.Action("Index", "Manage")!,
                "Signing in then needs only your password; the authenticator app's codes stop working and its entry can be deleted.",
                "Every other session of this account is signed out.",
                "A site admin without two-factor sign-in loses the admin pages in Production until it is turned on again.");
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Two-factor sign-in is off.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> PageAsync(EnableForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp, which ends every session: keep this one.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }
        var uri = $"otpauth://totp/{UrlEncoder.Default.Encode("DeepMath")}:{UrlEncoder.Default.Encode(user.Email!)}?secret={key}&issuer=DeepMath&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return View("TwoFactor", new TwoFactorPage(user.TwoFactorEnabled, FormatKey(key), uri, svg, form));
    }

    private static string FormatKey(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4))))).ToLowerInvariant();
}

public sealed class EnableForm
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [StringLength(10)]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = string.Empty;
}

public sealed record TwoFactorPage(bool Enabled, string SharedKey, string AuthenticatorUri, string QrSvg, EnableForm Form);
