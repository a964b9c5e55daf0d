using System.Xml.Linq;

namespace DeepMath.Web.Modules.Program.Frab;

/// <summary>The frab schedule.xml of a <see cref="FrabSchedule"/>, in the structure of c3voc's schedule.xml.xsd.</summary>
public static class FrabXml
{
    public static string Write(FrabSchedule schedule)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("schedule",
                new XElement("version", schedule.Version),
                new XElement("conference",
                    new XElement("title", schedule.Title),
                    new XElement("acronym", schedule.Acronym),
                    new XElement("start", FrabJson.Date(schedule.Start)),
                    new XElement("end", FrabJson.Date(schedule.End)),
                    new XElement("days", schedule.Days.Count),
                    new XElement("timeslot_duration", FrabSchedule.TimeslotDuration)),
                schedule.Days.Select(Day)));
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return writer.ToString();
    }

    private static XElement Day(FrabDay day) =>
        new("day",
            new XAttribute("index", day.Index),
            new XAttribute("date", FrabJson.Date(day.Date)),
            new XAttribute("start", FrabJson.DateTime(day.Start)),
            new XAttribute("end", FrabJson.DateTime(day.End)),
            day.Rooms.Select(r => new XElement("room", new XAttribute("name", r.Room), r.Events.Select(Event))));

    private static XElement Event(FrabEvent e) =>
        new("event",
            new XAttribute("id", e.Id),
            new XAttribute("guid", e.Guid),
            new XElement("room", e.Room),
            new XElement("title", e.Title),
            new XElement("subtitle", ""),
            new XElement("type", e.Type),
            new XElement("date", FrabJson.DateTime(e.Date)),
            new XElement("start", e.Start),
            new XElement("duration", e.Duration),
            new XElement("abstract", e.Abstract),
            new XElement("slug", e.Slug),
            new XElement("track", e.Track),
            new XElement("language", "en"),
            new XElement("persons", e.Persons.Select(p => new XElement("person", p.Name))),
            new XElement("links", string.IsNullOrEmpty(e.Url) ? null : new XElement("link", new XAttribute("href", e.Url), "Program page")));

    /// <summary>XDocument.Save to a StringWriter would declare UTF-16; the file is served as UTF-8.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
