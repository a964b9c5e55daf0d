using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.EventPage;

[Route("events/{slug}")]
public sealed class EventPageController(EventPageQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await query.FindAsync(User, slug, cancellationToken) is { } page ? View("EventPage", page) : NotFound();
}
