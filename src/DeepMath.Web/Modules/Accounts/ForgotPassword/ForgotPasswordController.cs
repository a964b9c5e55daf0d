using System.ComponentModel.DataAnnotations;
using System.Text;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Accounts.Emails;
using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace DeepMath.Web.Modules.Accounts.ForgotPassword;

[Route("account/forgot-password")]
public sealed class ForgotPasswordController(
    UserManager<AppUser> users, IOutbox outbox, LinkBuilder links, DeepMathDbContext db, TimeProvider clock, AccountThrottle throttle) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View("ForgotPassword", new ForgotPasswordForm());

    [HttpPost("")]
    [EnableRateLimiting(ThrottlingSetup.Reset)]
    public async Task<IActionResult> Index(ForgotPasswordForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("ForgotPassword", form);
        }
        if (!throttle.TryReset(HttpContext, form.Email))
        {
            return new EmptyResult();
        }
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            var url = links.Absolute(QueryHelpers.AddQueryString("/account/reset-password", new Dictionary<string, string?> { ["email"] = user.Email, ["code"] = code }));
            var key = $"account:{user.Id}:reset:{clock.GetUtcNow().ToUnixTimeMilliseconds()}";
            await outbox.QueueAsync(ResetPasswordEmail.Create(user.Email!, user.DisplayName, url), key, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        // The same answer whether or not the account exists.
        return View("Sent");
    }
}

public sealed class ForgotPasswordForm
{
    [Required(ErrorMessage = "Enter the e-mail address of your account.")]
    [EmailAddress(ErrorMessage = "'{0}' is not a valid e-mail address: it should look like name@university.edu.")]
    [StringLength(254)]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;
}
