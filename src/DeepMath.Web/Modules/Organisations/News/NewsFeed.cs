using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DeepMath.Web.Infrastructure.Markdown;

namespace DeepMath.Web.Modules.Organisations.News;

/// <summary>An organisation's published news as an Atom feed (RFC 4287); each entry's content is the sanitized HTML of its Markdown.</summary>
public static class NewsFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(NewsPage page, MarkdownRenderer markdown, string pageUrl, string feedUrl, Func<Guid, string> itemUrl, DateTimeOffset createdAt)
    {
        var updated = page.Items.Count > 0 ? page.Items.Max(i => i.UpdatedAt) : createdAt;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"urn:uuid:{page.OrganisationId}"),
            new XElement(Atom + "title", $"{page.Name}: news"),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", page.Name)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", pageUrl)),
            page.Items.Select(n => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"urn:uuid:{n.Id}"),
                new XElement(Atom + "title", n.Title),
                new XElement(Atom + "published", Stamp(new DateTimeOffset(n.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))),
                new XElement(Atom + "updated", Stamp(n.UpdatedAt)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", itemUrl(n.Id))),
                new XElement(Atom + "content", new XAttribute("type", "html"), markdown.Render(n.BodyMarkdown).ToString()))));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Save(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
