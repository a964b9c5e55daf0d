using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Accounts.Logout;

[Route("account")]
public sealed class LogoutController(SignInManager<AppUser> signIn) : Controller
{
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View("Denied");
}
