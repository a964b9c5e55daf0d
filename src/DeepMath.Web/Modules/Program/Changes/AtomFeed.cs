using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DeepMath.Web.Modules.Program.Changes;

/// <summary>The changes page as an Atom feed (RFC 4287): one entry per release, its changes as the content.</summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(ChangesPage page, string pageUrl, string feedUrl)
    {
        var updated = page.Releases.Count > 0 ? page.Releases[0].ReleasedAt : page.Event.StartsAt;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"urn:uuid:{page.Event.EventId}"),
            new XElement(Atom + "title", $"{page.Event.Title}: program changes"),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", $"{page.Event.Title} organizers")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feedUrl)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", pageUrl)),
            page.Releases.Select(r => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"urn:uuid:{r.Id}"),
                new XElement(Atom + "title", $"Version {r.Version}: {r.Name}"),
                new XElement(Atom + "updated", Stamp(r.ReleasedAt)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{pageUrl}#release-{r.Version}")),
                new XElement(Atom + "content", new XAttribute("type", "html"), Html(r)))));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Save(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Html(ReleaseChanges release)
    {
        var html = new StringBuilder();
        if (release.Comment is { } comment)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(comment)).Append("</p>");
        }
        html.Append("<ul>");
        foreach (var change in release.Changes)
        {
            var place = change.After ?? change.Before!;
            html.Append("<li>").Append(change.Kind).Append(": ").Append(WebUtility.HtmlEncode(change.Title)).Append(" — ")
                .Append(WebUtility.HtmlEncode($"{place.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture)} {place.Starts:HH\\:mm}{(place.Room is null ? "" : ", " + place.Room)}"))
                .Append("</li>");
        }
        return html.Append(release.Changes.Count == 0 ? "<li>No item is new, moved or cancelled.</li>" : "").Append("</ul>").ToString();
    }
}
