using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Accounts.Register;

[Route("account/register")]
public sealed class RegisterController(RegisterHandler handler, SignInManager<AppUser> signIn) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? returnUrl) => View("Register", new RegisterForm { ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });

    [HttpPost("")]
    public async Task<IActionResult> Index(RegisterForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Register", form);
        }
        var (user, errors) = await handler.HandleAsync(form, cancellationToken);
        if (user is null)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
            return View("Register", form);
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return RedirectToAction(nameof(Done), new { returnUrl = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null });
    }

    [HttpGet("done")]
    public IActionResult Done(string? returnUrl) => View("Done", Url.IsLocalUrl(returnUrl) ? returnUrl : null);
}
