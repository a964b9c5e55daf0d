using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Manage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Accounts.ConfirmEmail;

[Route("account/confirm")]
public sealed class ConfirmEmailController(
    UserManager<AppUser> users, ConfirmEmailHandler confirm, ConfirmationMailer mailer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Confirm(string? userId, string? code)
    {
        var confirmed = await confirm.HandleAsync(userId, code, User);
        if (!confirmed.Succeeded)
        {
            return View("Result", new ConfirmResult(false, confirmed.Messages.First()));
        }
        var (email, signedIn) = confirmed.Value;
        return View("Result", new ConfirmResult(true, signedIn
            ? $"Thank you. {email} is confirmed, and you are signed in: you can now submit abstracts."
            : $"Thank you. {email} is confirmed: you can now submit abstracts."));
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
}

public sealed record ConfirmResult(bool Succeeded, string Message);
