using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Markdown;
using Microsoft.AspNetCore.Mvc;

namespace DeepMath.Web.Modules.Organisations.News;

/// <summary>An organisation's news: the list, one item, and the Atom feed of published items.</summary>
[Route("organisations/{slug}/news")]
public sealed class NewsController(NewsQuery query, MarkdownRenderer markdown, LinkBuilder links) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken cancellationToken) =>
        await query.LoadAsync(slug, User, cancellationToken) is { } page ? View("NewsList", page) : NotFound();

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Item(string slug, Guid id, CancellationToken cancellationToken) =>
        await query.LoadAsync(slug, User, cancellationToken, id) is { Items.Count: 1 } page ? View("NewsItem", page) : NotFound();

    [HttpGet("feed.atom")]
    public async Task<IActionResult> Feed(string slug, CancellationToken cancellationToken)
    {
        // Read as an anonymous visitor would: a manager's feed reader must not publish drafts.
        if (await query.LoadAsync(slug, null, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        var pageUrl = links.Absolute(Url.Action(nameof(Index), new { slug })!);
        var feedUrl = links.Absolute(Url.Action(nameof(Feed), new { slug })!);
        var xml = NewsFeed.Write(page, markdown, pageUrl, feedUrl, id => links.Absolute(Url.Action(nameof(Item), new { slug, id })!), DateTimeOffset.UnixEpoch);
        return Content(xml, "application/atom+xml; charset=utf-8");
    }
}
