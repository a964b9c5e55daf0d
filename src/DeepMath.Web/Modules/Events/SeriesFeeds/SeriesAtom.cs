using System.Globalization;
using System.Xml.Linq;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.SeriesPage;

namespace DeepMath.Web.Modules.Events.SeriesFeeds;

/// <summary>
/// A series as an Atom feed (RFC 4287): one entry per talk, newest announced first. Entry ids are tag URIs of the
/// talk's id, stable across edits; "updated" is when the talk was added, so a reader shows each talk once.
/// </summary>
public static class SeriesAtom
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(Series series, IReadOnlyList<SeriesTalk> talks, Uri seriesLink, Uri selfLink, Func<string, Uri> talkLink)
    {
        var newest = talks.Select(t => t.Event.CreatedAt).DefaultIfEmpty(series.CreatedAt).Max();
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", $"tag:deepmath,2025:series:{series.Id:N}"),
            new XElement(Atom + "title", series.Name),
            new XElement(Atom + "subtitle", series.Host is null ? "Talks" : $"Talks hosted by {series.Host}"),
            new XElement(Atom + "updated", Stamp(newest)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", seriesLink)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", selfLink)),
            new XElement(Atom + "author", new XElement(Atom + "name", series.Host ?? series.Name)),
            talks.OrderByDescending(t => t.Event.CreatedAt).ThenByDescending(t => t.Event.StartsOn).Select(t => Entry(t, talkLink(t.Event.Slug))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed;
    }

    private static XElement Entry(SeriesTalk talk, Uri link)
    {
        var ev = talk.Event;
        var summary = string.Join("\n", new[] { talk.Speaker, EventTimes.Text(ev), ev.Room }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", $"tag:deepmath,2025:talk:{ev.Id:N}"),
            new XElement(Atom + "title", talk.SpeakerName is null ? ev.Title : $"{talk.SpeakerName}: {ev.Title}"),
            new XElement(Atom + "updated", Stamp(ev.CreatedAt)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", link)),
            new XElement(Atom + "summary", summary),
            new XElement(Atom + "content", new XAttribute("type", "text"), summary + (string.IsNullOrWhiteSpace(ev.DescriptionMarkdown) ? "" : "\n\n" + ev.DescriptionMarkdown)));
    }

    private static string Stamp(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
