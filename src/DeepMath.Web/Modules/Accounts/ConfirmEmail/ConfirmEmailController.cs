using System.Text;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Manage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace DeepMath.Web.Modules.Accounts.ConfirmEmail;

[Route("account/confirm")]
public sealed class ConfirmEmailController(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, ConfirmationMailer mailer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Confirm(string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(code))
        {
            return View("Result", new ConfirmResult(false, "This confirmation link is incomplete. Open the link from the e-mail exactly as it is, or ask for a new one from your account page."));
        }
        var result = await users.ConfirmEmailAsync(user, Decode(code));
        if (!result.Succeeded)
        {
            return View("Result", new ConfirmResult(false, "This confirmation link is invalid or has expired. Sign in and ask for a new one from your account page."));
        }
        if (signIn.IsSignedIn(User) && users.GetUserId(User) == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }
        return View("Result", new ConfirmResult(true, $"Thank you. {user.Email} is confirmed: you can now submit abstracts."));
    }

    [Authorize]
    [HttpPost("resend")]
    public async Task<IActionResult> Resend(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        TempData["Status"] = await mailer.ResendAsync(user, cancellationToken)
            ? $"A new confirmation link is on its way to {user.Email}."
            : "Your e-mail address is already confirmed.";
        return RedirectToAction(nameof(ManageController.Index), "Manage");
    }

    private static string Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }
}

public sealed record ConfirmResult(bool Succeeded, string Message);
