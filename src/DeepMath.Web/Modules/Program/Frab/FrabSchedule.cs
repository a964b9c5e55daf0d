using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DeepMath.Web.Modules.Program.Calendar;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Published;

namespace DeepMath.Web.Modules.Program.Frab;

public sealed record FrabPerson(Guid Guid, string Name);

/// <summary>One frab "event": an item of a session, or a session without items (a break, a keynote set as one block).</summary>
public sealed record FrabEvent(int Id, Guid Guid, string Room, string Title, string Type, DateTimeOffset Date, string Start, string Duration,
    string Slug, string Url, string Track, string Abstract, IReadOnlyList<FrabPerson> Persons);

public sealed record FrabRoom(Guid Guid, string Name, string? Description, int? Capacity);

public sealed record FrabDay(int Index, DateOnly Date, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<(string Room, IReadOnlyList<FrabEvent> Events)> Rooms);

/// <summary>
/// The released program in the shape of the c3voc/frab schedule that pretalx emits and Giggity or EventFahrplan read.
/// Ids, guids and slugs come from the stable session and item ids, so an app keeps a reader's favourites across releases.
/// Abstracts: only an invited talk's organizer-written one; a submission's text is never in the snapshot.
/// </summary>
public sealed record FrabSchedule(string Version, string BaseUrl, string Title, string Acronym, DateOnly Start, DateOnly End, string TimeZone,
    IReadOnlyList<FrabRoom> Rooms, IReadOnlyList<FrabDay> Days)
{
    public const string TimeslotDuration = "00:05";
    private const string NoRoom = "No room given";

    public static FrabSchedule From(PublishedProgram program, string programUrl, Func<Guid, Guid?, Uri?> link)
    {
        var ev = program.Event;
        var snapshot = program.Snapshot!;
        var acronym = AcronymOf(ev.Slug);
        var rooms = snapshot.Rooms.OrderBy(r => r.Position).Select(r => new FrabRoom(r.Id, r.Name, r.FloorNotes, r.Capacity)).ToList();
        if (snapshot.Sessions.Any(s => s.RoomId is null || rooms.All(r => r.Guid != s.RoomId)))
        {
            rooms.Add(new FrabRoom(NameUuid($"room:{ev.EventId}:none"), NoRoom, null, null));
        }
        string RoomName(Guid? id) => rooms.FirstOrDefault(r => r.Guid == id)?.Name ?? NoRoom;

        var events = snapshot.Sessions.SelectMany(s => s.Items.Count == 0
            ? [Event(snapshot, acronym, s, null, RoomName(s.RoomId), link)]
            : s.Items.OrderBy(i => i.Position).Select(i => Event(snapshot, acronym, s, i, RoomName(s.RoomId), link))).ToList();

        var dayCount = Math.Max(1, ev.EndsOn.DayNumber - ev.StartsOn.DayNumber + 1);
        var days = Enumerable.Range(0, dayCount).Select(ev.StartsOn.AddDays)
            .Concat(snapshot.Sessions.Select(s => s.Day)).Distinct().Order()
            .Select((day, i) =>
            {
                var sessions = snapshot.Sessions.Where(s => s.Day == day).ToList();
                var start = sessions.Count == 0 ? TimeOnly.MinValue : sessions.Min(s => s.Starts);
                var end = sessions.Count == 0 ? new TimeOnly(23, 59) : sessions.Max(s => s.Ends);
                var byRoom = rooms.Select(r => (r.Name, (IReadOnlyList<FrabEvent>)events
                    .Where(e => e.Room == r.Name && DateOnly.FromDateTime(e.Date.DateTime) == day).OrderBy(e => e.Date).ToList())).ToList();
                return new FrabDay(i + 1, day, snapshot.At(day, start), snapshot.At(day, end), byRoom);
            }).ToList();
        return new FrabSchedule($"{program.Release!.Version}: {program.Release.Name}", programUrl, ev.Title, acronym,
            days.Count == 0 ? ev.StartsOn : days[0].Date, days.Count == 0 ? ev.EndsOn : days[^1].Date, snapshot.TimeZoneId, rooms, days);
    }

    private static FrabEvent Event(ProgramSnapshot snapshot, string acronym, ProgramSession session, ProgramItem? item, string room, Func<Guid, Guid?, Uri?> link)
    {
        var id = item?.Id ?? session.Id;
        var starts = item?.Starts ?? session.Starts;
        var ends = item?.Ends ?? session.Ends;
        var title = item?.Title ?? session.Title;
        var number = IntegerId(id);
        var people = item?.People ?? (string.IsNullOrWhiteSpace(session.Chair) ? [] : [new ProgramPerson(PersonRole.Moderator, session.Chair, null, null, null)]);
        return new FrabEvent(number, id, room, title, item is null ? SessionType(session.Kind) : ItemType(item.Kind),
            snapshot.At(session.Day, starts), starts.ToString("HH:mm", CultureInfo.InvariantCulture), Duration(ends - starts),
            Slug(acronym, number, title), link(session.Id, item?.Id)?.ToString() ?? "",
            item is null ? SessionKindNames.Of(session.Kind) : session.Title,
            item is { Kind: ItemKind.InvitedTalk, Abstract: { } text } ? text : "",
            people.Select(p => new FrabPerson(NameUuid($"person:{snapshot.EventId}:{p.Name}"), p.Name)).ToList());
    }

    /// <summary>The schema's acronym pattern allows letters, digits and "_" after the first character, so "deepmath-2025" becomes "deepmath_2025".</summary>
    public static string AcronymOf(string slug)
    {
        var acronym = Regex.Replace(slug.ToLowerInvariant(), "[^a-z0-9_]", "_");
        return acronym.Length >= 4 ? acronym : acronym.PadRight(4, '_');
    }

    /// <summary>A positive 31-bit number from a stable id, the same in every release.</summary>
    public static int IntegerId(Guid id) => Math.Max(1, (int)(BitConverter.ToUInt32(SHA256.HashData(id.ToByteArray()), 0) & 0x7FFFFFFF));

    public static string Duration(TimeSpan length) =>
        $"{(int)length.TotalHours:00}:{length.Minutes:00}";

    private static string Slug(string acronym, int id, string title)
    {
        var ascii = new string(title.Normalize(NormalizationForm.FormD).Where(c => c < 128).ToArray()).ToLowerInvariant();
        var words = Regex.Replace(ascii, "[^a-z0-9]+", "-").Trim('-');
        var slug = $"{acronym}-{id}-{(words.Length > 50 ? words[..50] : words)}".TrimEnd('-', '_');
        return slug;
    }

    /// <summary>A name-based UUID (SHA-256 truncated, version 8 bits set), stable for the same name.</summary>
    private static Guid NameUuid(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(name))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static string ItemType(ItemKind kind) => kind switch
    {
        ItemKind.Talk => "talk",
        ItemKind.Poster => "poster",
        ItemKind.InvitedTalk => "invited talk",
        ItemKind.Panel => "panel",
        _ => "other",
    };

    private static string SessionType(SessionKind kind) => kind switch
    {
        SessionKind.Break => "break",
        SessionKind.Social => "social",
        SessionKind.Panel => "panel",
        SessionKind.Discussion => "discussion",
        SessionKind.Keynote => "keynote",
        SessionKind.InvitedTalk => "invited talk",
        SessionKind.PosterSession => "poster session",
        _ => "talk",
    };
}
