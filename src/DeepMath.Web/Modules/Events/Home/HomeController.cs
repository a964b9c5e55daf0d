using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.Home;

[Route("")]
public sealed class HomeController(HomeQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View("Home", await query.LoadAsync(cancellationToken));
}
