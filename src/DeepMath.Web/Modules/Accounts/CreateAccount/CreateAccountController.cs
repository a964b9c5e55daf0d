using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts.Throttling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace DeepMath.Web.Modules.Accounts.CreateAccount;

/// <summary>
/// Creating an account. A new address and one that has an account get the same answer ("check your
/// e-mail"), in the same time, and neither signs in: being signed in afterwards would tell them apart.
/// The owner of a taken address gets a mail saying someone tried.
/// </summary>
[Route("account/register")]
public sealed class CreateAccountController(CreateAccountHandler handler, AnswerFloor floor) : Controller
{
    /// <param name="name">Prefills the form (a reviewer invitation passes the name and address it was sent to); the visitor may change both.</param>
    [HttpGet("")]
    public IActionResult Index(string? returnUrl, string? name, string? email) => View("CreateAccount", new CreateAccountForm
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null,
        DisplayName = Prefill(name, Domain.AppUser.DisplayNameMaxLength),
        Email = Prefill(email, 254),
    });

    private static string Prefill(string? value, int maxLength) =>
        value?.Trim() is { Length: > 0 } v && v.Length <= maxLength ? v : string.Empty;

    [HttpPost("")]
    [EnableRateLimiting(ThrottlingSetup.Registration)]
    public async Task<IActionResult> Index(CreateAccountForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("CreateAccount", form);
        }
        var started = AnswerFloor.Start();
        var result = await handler.HandleAsync(form, cancellationToken);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState);
            return View("CreateAccount", form);
        }
        // A new account writes a row more than a taken address does.
        await floor.WaitAsync(started, cancellationToken);
        return RedirectToAction(nameof(Done), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
    }

    [HttpGet("done")]
    public IActionResult Done(string? returnUrl) => View("Done", Url.IsLocalUrl(returnUrl) ? returnUrl : null);
}
