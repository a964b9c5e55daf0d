using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.SeriesPage;

[Route("series/{slug}")]
public sealed class SeriesPageController(SeriesPageQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await query.FindAsync(User, slug, cancellationToken) is { } page ? View("SeriesPage", page) : NotFound();
}
