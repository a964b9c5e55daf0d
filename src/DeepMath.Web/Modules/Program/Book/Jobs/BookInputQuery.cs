using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Book.Typesetting;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Program.Book.Jobs;

/// <param name="Hash">SHA-256 of everything printed: an unchanged hash means an unchanged book.</param>
public sealed record BookInput(BookContent Content, int ReleaseVersion, string Hash);

/// <summary>
/// The book's input: the latest release of the program, and for each placed abstract its title, authors with
/// affiliations and text from the Submissions module. Invited talks print the abstract and biography the organizers
/// wrote into the release.
/// </summary>
public sealed class BookInputQuery(ProgramReleases releases, EventCalendar events, SubmissionCatalog submissions)
{
    public async Task<BookInput?> LoadAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (await releases.LatestAsync(eventId, cancellationToken) is not { } release
            || await events.FindAsync(eventId, cancellationToken) is not { } ev)
        {
            return null;
        }
        var snapshot = release.Snapshot;
        var ids = snapshot.Items().Select(x => x.Item.SubmissionId).OfType<Guid>().Distinct().ToList();
        var details = (await submissions.FindManyAsync(ids, cancellationToken)).ToDictionary(s => s.Id);
        var rooms = snapshot.Rooms.ToDictionary(r => r.Id);
        var sessions = snapshot.Sessions
            .OrderBy(s => s.Day).ThenBy(s => s.Starts).ThenBy(s => s.RoomId is { } r && rooms.TryGetValue(r, out var room) ? room.Position : int.MaxValue)
            .Select(s =>
            {
                var room = s.RoomId is { } r && rooms.TryGetValue(r, out var found) ? found.Name : null;
                var when = $"{s.Day.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}, {Time(s.Starts)}–{Time(s.Ends)}" + (room is null ? string.Empty : $", {room}");
                return new BookSession(when, s.Title, s.Chair, [.. s.Items.OrderBy(i => i.Position).Select(i => Item(s, i, room, details))]);
            })
            .ToList();
        var content = new BookContent(ev.Title, Dates(ev.StartsOn, ev.EndsOn), ev.Venue, $"Times are in the event's zone, {snapshot.TimeZoneId}.", sessions);
        return new BookInput(content, release.Version, Hash(content));
    }

    private static BookItem Item(ProgramSession session, ProgramItem item, string? room, IReadOnlyDictionary<Guid, SubmissionDetails> details)
    {
        var time = item.Kind == ItemKind.Poster && item.BoardNumber is { } board ? $"Board {board}" : Time(item.Starts);
        var people = item.People.Count == 0 ? null : string.Join(", ", item.People.Select(p => p.Name));
        var where = room is null ? string.Empty : $" · {room}";
        if (item.SubmissionId is { } id && details.TryGetValue(id, out var submission))
        {
            var presenter = item.People.FirstOrDefault(p => p.Role == PersonRole.Presenter)?.Name;
            var authors = submission.Authors.Select((a, n) => new BookAuthor(a.Name, a.Affiliation,
                presenter is null ? n == 0 : string.Equals(a.Name.Trim(), presenter.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
            var label = item.Kind == ItemKind.Poster ? $"Poster, {time}{where}" : $"Talk, {Weekday(session.Day)} {time}{where}";
            return new BookItem(time, submission.Title, people, new BookAbstract(item.Id.ToString(), label, submission.Title, authors, submission.Abstract));
        }
        if (item.Kind == ItemKind.InvitedTalk && !string.IsNullOrWhiteSpace(item.Abstract))
        {
            var speakers = item.People.Select(p => new BookAuthor(p.Name, p.Affiliation, true)).ToList();
            var text = string.IsNullOrWhiteSpace(item.Biography) ? item.Abstract : $"{item.Abstract}\n\nAbout the speaker: {item.Biography}";
            return new BookItem(time, item.Title, people,
                new BookAbstract(item.Id.ToString(), $"Invited talk, {Weekday(session.Day)} {time}{where}", item.Title, speakers, text));
        }
        return new BookItem(time, item.Title, people, null);
    }

    private static string Weekday(DateOnly d) => d.ToString("ddd", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Dates(DateOnly starts, DateOnly ends) =>
        starts == ends ? starts.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : starts.Year == ends.Year && starts.Month == ends.Month ? $"{starts.Day}–{ends.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
        : $"{starts.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} – {ends.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    public static string Hash(BookContent content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content))));
}
