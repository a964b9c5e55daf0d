using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Accounts.Manage;

[Authorize]
[Route("account/manage")]
public sealed class ManageController(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, RequestEmailChangeHandler changeEmail) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => await PageAsync(new ChangePasswordForm(), new ChangeEmailForm());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword([Bind(Prefix = "Password")] ChangePasswordForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return await PageAsync(form, new ChangeEmailForm());
        }
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Password", error.Code == "PasswordMismatch" ? "The current password is not right." : error.Description);
            }
            return await PageAsync(new ChangePasswordForm(), new ChangeEmailForm());
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Your password is changed.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("email")]
    public async Task<IActionResult> ChangeEmail([Bind(Prefix = "ChangeEmail")] ChangeEmailForm form, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return await PageAsync(new ChangePasswordForm(), form);
        }
        var result = await changeEmail.HandleAsync(user, form, cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return await PageAsync(new ChangePasswordForm(), form);
        }
        TempData["Status"] = $"We sent a link to {result.Value}. Your address changes when you follow it.";
        return RedirectToAction(nameof(Index));
    }

    [AllowAnonymous]
    [HttpGet("email/confirm")]
    public async Task<IActionResult> ConfirmEmailChange(string? userId, string? email, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        IdentityResult? result = null;
        if (user is not null && email is not null && code is not null)
        {
            result = await users.ChangeEmailAsync(user, email, LinkCode.Decode(code));
            if (result.Succeeded)
            {
                await users.SetUserNameAsync(user, email);
            }
        }
        var ok = result?.Succeeded == true;
        if (ok && signIn.IsSignedIn(User) && users.GetUserId(User) == user!.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }
        return View("EmailChanged", ok
            ? $"Your e-mail address is now {email}."
            : "This link is invalid or has expired, or the address is taken. Ask for the change again from your account page.");
    }

    private async Task<IActionResult> PageAsync(ChangePasswordForm password, ChangeEmailForm email)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        return View("Manage", new ManagePage(user.Email!, user.DisplayName, user.EmailConfirmed, user.TwoFactorEnabled, password, email));
    }
}
