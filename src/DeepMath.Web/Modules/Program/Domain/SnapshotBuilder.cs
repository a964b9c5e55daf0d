using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Domain;

/// <summary>
/// Turns a working copy into the frozen <see cref="ProgramSnapshot"/>, computing each item's start and end:
/// items with a duration fill the session's time in order; items without one span the whole session.
/// Sessions come out by day, start and room, so that every reader sees the same order.
/// </summary>
public static class SnapshotBuilder
{
    private static readonly TimeOnly LastMinute = new(23, 59);

    public static ProgramSnapshot Build(Guid eventId, string timeZoneId, DraftProgram draft)
    {
        var rooms = draft.Rooms.Select((r, i) => new ProgramRoom(r.Id, r.Name, r.Capacity, r.FloorNotes, i)).ToList();
        var roomOrder = rooms.ToDictionary(r => r.Id, r => r.Position);
        var sessions = draft.Sessions
            .OrderBy(s => s.Day).ThenBy(s => s.Starts)
            .ThenBy(s => s.RoomId is { } id && roomOrder.TryGetValue(id, out var p) ? p : int.MaxValue)
            .Select(BuildSession)
            .ToList();
        return new ProgramSnapshot(eventId, timeZoneId, rooms, sessions);
    }

    public static ProgramSession BuildSession(DraftSession session)
    {
        var items = new List<ProgramItem>(session.Items.Count);
        var cursor = session.Starts.ToTimeSpan();
        foreach (var (item, position) in session.Items.Select((item, position) => (item, position)))
        {
            TimeOnly starts, ends;
            if (item.Minutes is { } minutes)
            {
                starts = Clamp(cursor);
                cursor += TimeSpan.FromMinutes(minutes);
                ends = Clamp(cursor);
            }
            else
            {
                (starts, ends) = (session.Starts, session.Ends);
            }
            items.Add(new ProgramItem(item.Id, item.Kind, position, item.Title, starts, ends, item.BoardNumber, item.SubmissionId,
                item.SubmissionNumber, [.. item.People], item.Abstract, item.Biography, item.SpeakerId));
        }
        return new ProgramSession(session.Id, session.Kind, session.Title, session.RoomId, session.Day, session.Starts, session.Ends,
            session.Chair, session.Description, items);
    }

    // An item running past midnight is cut at 23:59; unless its session ends then, that is past the session and refused.
    private static TimeOnly Clamp(TimeSpan time) => time >= TimeSpan.FromDays(1) ? LastMinute : TimeOnly.FromTimeSpan(time);
}
