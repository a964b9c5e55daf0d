using System.ComponentModel.DataAnnotations;
using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DeepMath.Web.Modules.Accounts.ForgotPassword;

[Route("account/forgot-password")]
public sealed class ForgotPasswordController(SendResetLinkHandler handler, AccountThrottle throttle, AnswerFloor floor) : Controller
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
        var started = AnswerFloor.Start();
        await handler.HandleAsync(form.Email, cancellationToken);
        // The same answer, in the same time, whether or not the account exists (only an account's mail is written).
        await floor.WaitAsync(started, cancellationToken);
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
