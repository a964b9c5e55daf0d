using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Registration.Attendees;

[Authorize]
[Route("events/{slug}/attendees")]
public sealed class AttendeesController(AttendeesQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await query.FindAsync(User, slug, cancellationToken) is { } page ? View("Attendees", page) : NotFound();
}
