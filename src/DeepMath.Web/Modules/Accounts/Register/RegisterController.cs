using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DeepMath.Web.Modules.Accounts.Register;

/// <summary>
/// Creating an account. A new address and one that has an account get the same answer ("check your
/// e-mail"), in the same time, and neither signs in: being signed in afterwards would tell them apart.
/// The owner of a taken address gets a mail saying someone tried.
/// </summary>
[Route("account/register")]
public sealed class RegisterController(RegisterHandler handler) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? returnUrl) => View("Register", new RegisterForm { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });

    [HttpPost("")]
    [EnableRateLimiting(ThrottlingSetup.Registration)]
    public async Task<IActionResult> Index(RegisterForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Register", form);
        }
        var (result, _, errors) = await handler.HandleAsync(form, cancellationToken);
        if (result == RegisterHandler.Result.Refused)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
            return View("Register", form);
        }
        return RedirectToAction(nameof(Done), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
    }

    [HttpGet("done")]
    public IActionResult Done(string? returnUrl) => View("Done", Url.IsLocalUrl(returnUrl) ? returnUrl : null);
}
