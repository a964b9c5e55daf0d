using DeepMath.Web.Modules.Events.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.Presenters;

/// <summary>Organizers see, per accepted abstract, whether its presenting author has registered.</summary>
[Authorize]
[Route("events/{slug}/registrations/presenters")]
public sealed class PresentersController(EventManagers access, PresenterStatusQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken)
    {
        if (await access.FindManagedAsync(User, slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }
        return View("Presenters", new PresentersPage(ev, await query.ForEventAsync(ev.EventId, cancellationToken)));
    }
}
