using DeepMath.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Program.Changes;

/// <summary>The public history of the program's releases: what each one changed, as a page and as an Atom feed.</summary>
[Route("events/{slug}/program/changes")]
public sealed class ProgramChangesController(ChangesQuery query, LinkBuilder links) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await query.ForEventAsync(slug, cancellationToken) is { } page ? View("ProgramChanges", page) : NotFound();

    [HttpGet("feed.atom")]
    public async Task<IActionResult> Feed(string slug, CancellationToken cancellationToken)
    {
        if (await query.ForEventAsync(slug, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        var pageUrl = links.Absolute(Url.Action(nameof(Index), new { slug })!);
        var feedUrl = links.Absolute(Url.Action(nameof(Feed), new { slug })!);
        return Content(AtomFeed.Write(page, pageUrl, feedUrl), "application/atom+xml; charset=utf-8");
    }
}
