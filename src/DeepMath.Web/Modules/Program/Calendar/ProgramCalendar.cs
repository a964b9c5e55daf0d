using System.Text;
using DeepMath.Web.Modules.Program.Contracts;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DeepMath.Web.Modules.Program.Calendar;

/// <summary>
/// Turns a released program, or a chosen part of it, into an iCalendar (.ics) text: a VTIMEZONE of the event's
/// zone, times in that zone, one VEVENT per chosen session or item. UIDs come from the event's and the
/// session's or item's ids only, so an event keeps its UID across releases and a calendar app moves it instead
/// of adding a second copy. Descriptions hold titles, people and affiliations, never a submission's abstract
/// (the snapshot does not carry one) and never an e-mail address.
/// </summary>
public static class ProgramCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(ProgramSnapshot snapshot, CalendarEdition edition, CalendarSelection selection)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//DeepMath//Program//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", edition.Name);
        calendar.AddProperty("X-WR-TIMEZONE", snapshot.TimeZoneId);
        var firstDay = snapshot.Sessions.Count == 0 ? DateOnly.FromDateTime(edition.Stamp.UtcDateTime) : snapshot.Sessions.Min(s => s.Day);
        // From a year before the first day: enough rules for any client, without the zone's whole history.
        calendar.AddTimeZone(snapshot.TimeZoneId, firstDay.AddYears(-1).ToDateTime(TimeOnly.MinValue), includeHistoricalData: false);

        var rooms = snapshot.Rooms.ToDictionary(r => r.Id, r => r.Name);
        foreach (var session in snapshot.Sessions.OrderBy(s => s.Day).ThenBy(s => s.Starts))
        {
            if (selection.SessionIds.Contains(session.Id))
            {
                calendar.Events.Add(SessionEvent(snapshot, edition, session, rooms));
            }
            foreach (var item in session.Items.OrderBy(i => i.Position).Where(i => selection.ItemIds.Contains(i.Id)))
            {
                calendar.Events.Add(ItemEvent(snapshot, edition, session, item, rooms));
            }
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>The UID of a session's event: the same in every release of the event's program.</summary>
    public static string SessionUid(Guid eventId, Guid sessionId) => $"session-{sessionId:N}.event-{eventId:N}@deepmath";

    /// <summary>The UID of an item's event: the same in every release, wherever the item moves.</summary>
    public static string ItemUid(Guid eventId, Guid itemId) => $"item-{itemId:N}.event-{eventId:N}@deepmath";

    private static CalendarEvent SessionEvent(ProgramSnapshot snapshot, CalendarEdition edition, ProgramSession session, Dictionary<Guid, string> rooms)
    {
        var text = new StringBuilder();
        text.AppendLine(SessionKindNames.Of(session.Kind));
        if (!string.IsNullOrWhiteSpace(session.Chair))
        {
            text.AppendLine($"Chair: {session.Chair}");
        }
        if (!string.IsNullOrWhiteSpace(session.Description))
        {
            text.AppendLine().AppendLine(session.Description.Trim());
        }
        if (session.Items.Count > 0)
        {
            text.AppendLine();
        }
        foreach (var item in session.Items.OrderBy(i => i.Position))
        {
            var board = item.BoardNumber is { } number ? $"Board {number}: " : "";
            var people = People(item);
            text.AppendLine($"{item.Starts:HH\\:mm} {board}{item.Title}{(people.Length > 0 ? " — " + people : "")}");
        }
        return Event(snapshot, edition, SessionUid(snapshot.EventId, session.Id), session.Title, session, session.Starts, session.Ends,
            text.ToString(), edition.Link?.Invoke(session.Id, null), rooms);
    }

    private static CalendarEvent ItemEvent(ProgramSnapshot snapshot, CalendarEdition edition, ProgramSession session, ProgramItem item, Dictionary<Guid, string> rooms)
    {
        var text = new StringBuilder();
        text.AppendLine(item.BoardNumber is { } board ? $"{SessionKindNames.Of(item.Kind)}, board {board}" : SessionKindNames.Of(item.Kind));
        var people = People(item);
        if (people.Length > 0)
        {
            text.AppendLine(people);
        }
        text.AppendLine($"Session: {session.Title}");
        return Event(snapshot, edition, ItemUid(snapshot.EventId, item.Id), item.Title, session, item.Starts, item.Ends,
            text.ToString(), edition.Link?.Invoke(session.Id, item.Id), rooms);
    }

    private static CalendarEvent Event(ProgramSnapshot snapshot, CalendarEdition edition, string uid, string title, ProgramSession session,
        TimeOnly starts, TimeOnly ends, string description, Uri? link, Dictionary<Guid, string> rooms) => new()
    {
        Uid = uid,
        Summary = title,
        DtStart = new CalDateTime(session.Day, starts, snapshot.TimeZoneId),
        DtEnd = new CalDateTime(session.Day, ends, snapshot.TimeZoneId),
        DtStamp = new CalDateTime(edition.Stamp.UtcDateTime, "UTC", hasTime: true),
        Sequence = edition.Sequence,
        Location = session.RoomId is { } roomId && rooms.TryGetValue(roomId, out var room) ? room : null,
        Description = description.TrimEnd(),
        Url = link,
        Categories = [SessionKindNames.Of(session.Kind)],
    };

    /// <summary>Names with affiliations, as printed; never e-mail addresses.</summary>
    private static string People(ProgramItem item) =>
        string.Join(", ", item.People.Select(p => string.IsNullOrWhiteSpace(p.Affiliation) ? p.Name : $"{p.Name} ({p.Affiliation})"));
}
