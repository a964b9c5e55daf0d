using System.Text;
using DeepMath.Web.Modules.Events.EventPage;
using DeepMath.Web.Modules.Events.SeriesPage;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Events.SeriesFeeds;

/// <summary>A series' talks as a calendar subscription and an Atom feed, open to everyone like the series page.</summary>
[Route("series/{slug}")]
public sealed class SeriesFeedsController(SeriesPageQuery series, SeriesTalks talks, TimeProvider clock) : Controller
{
    [HttpGet("calendar.ics")]
    public async Task<IActionResult> Calendar(string slug, CancellationToken cancellationToken)
    {
        if (await series.FindSeriesAsync(slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        var text = SeriesCalendar.Write(found, await talks.LoadAsync(found.Id, cancellationToken), TalkLink, clock.GetUtcNow());
        return File(Encoding.UTF8.GetBytes(text), SeriesCalendar.ContentType, $"{slug}.ics");
    }

    [HttpGet("feed.atom")]
    public async Task<IActionResult> Atom(string slug, CancellationToken cancellationToken)
    {
        if (await series.FindSeriesAsync(slug, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        var seriesLink = new Uri(Url.Action(nameof(SeriesPageController.Index), "SeriesPage", new { slug }, Request.Scheme)!);
        var self = new Uri(Url.Action(nameof(Atom), "SeriesFeeds", new { slug }, Request.Scheme)!);
        var text = SeriesAtom.Write(found, await talks.LoadAsync(found.Id, cancellationToken), seriesLink, self, TalkLink);
        return Content(text, SeriesAtom.ContentType, Encoding.UTF8);
    }

    private Uri TalkLink(string talkSlug) =>
        new(Url.Action(nameof(EventPageController.Index), "EventPage", new { slug = talkSlug }, Request.Scheme)!);
}
