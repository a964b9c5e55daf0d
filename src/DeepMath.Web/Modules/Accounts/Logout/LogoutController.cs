using DeepMath.Web.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Accounts.Logout;

[Route("account")]
public sealed class LogoutController(SignInManager<AppUser> signIn, UserManager<AppUser> users) : Controller
{
    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // A new security stamp ends every session of the account, including copies of this cookie.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/"));
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View("Denied");
}
