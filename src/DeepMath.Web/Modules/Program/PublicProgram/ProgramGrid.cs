using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.PublicProgram;

/// <summary>One column of a day's grid: a room, or the sessions that name none.</summary>
public sealed record GridRoom(Guid? Id, string Name);

/// <summary>
/// Sessions that overlap in time, side by side: <see cref="Cells"/> has one list per column of the day
/// (empty where a room is free). A block of one session spans the whole width.
/// </summary>
public sealed record GridBlock(TimeOnly Starts, TimeOnly Ends, IReadOnlyList<IReadOnlyList<ProgramSession>> Cells, ProgramSession? Alone);

/// <summary>A room's sessions of the day, in time order, for narrow screens; sessions without a room (breaks) are in every list.</summary>
public sealed record RoomList(GridRoom Room, IReadOnlyList<ProgramSession> Sessions);

public sealed record ProgramDay(int Index, DateOnly Date, string ZoneName, IReadOnlyList<GridRoom> Columns, IReadOnlyList<GridBlock> Blocks, IReadOnlyList<RoomList> ByRoom);

/// <summary>Lays a released program out per day: rooms side by side for parallel sessions, and a list per room.</summary>
public static class ProgramGrid
{
    /// <param name="keep">Days shown even without sessions (a conference's workshop on a day of its own).</param>
    public static IReadOnlyList<ProgramDay> Days(ProgramSnapshot snapshot, IEnumerable<DateOnly> eventDays, Func<DateOnly, string> zoneName,
        IReadOnlySet<DateOnly>? keep = null)
    {
        var rooms = snapshot.Rooms.OrderBy(r => r.Position).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        var days = eventDays.Concat(snapshot.Sessions.Select(s => s.Day)).Distinct().Order().ToList();
        return days.Select((day, i) => Day(i + 1, day, snapshot.Sessions.Where(s => s.Day == day).OrderBy(s => s.Starts).ThenBy(s => s.Ends).ToList(), rooms, zoneName(day)))
            .Where(d => d.Blocks.Count > 0 || keep?.Contains(d.Date) == true)
            .ToList();
    }

    private static ProgramDay Day(int index, DateOnly date, List<ProgramSession> sessions, List<ProgramRoom> rooms, string zoneName)
    {
        var groups = Overlapping(sessions);
        var parallelRooms = groups.Where(g => g.Count > 1).SelectMany(g => g).Select(s => s.RoomId).Distinct().ToHashSet();
        var columns = rooms.Where(r => parallelRooms.Contains(r.Id)).Select(r => new GridRoom(r.Id, r.Name)).ToList();
        if (parallelRooms.Contains(null))
        {
            columns.Add(new GridRoom(null, "No room given"));
        }
        var blocks = groups.Select(g => g.Count == 1
            ? new GridBlock(g[0].Starts, g[0].Ends, [], g[0])
            : new GridBlock(g.Min(s => s.Starts), g.Max(s => s.Ends),
                columns.Select(c => (IReadOnlyList<ProgramSession>)g.Where(s => s.RoomId == c.Id).ToList()).ToList(), null)).ToList();

        var usedRooms = rooms.Where(r => sessions.Any(s => s.RoomId == r.Id)).Select(r => new GridRoom(r.Id, r.Name)).ToList();
        var byRoom = usedRooms.Count == 0
            ? [new RoomList(new GridRoom(null, "All sessions"), sessions)]
            : usedRooms.Select(r => new RoomList(r, sessions.Where(s => s.RoomId == r.Id || s.RoomId is null).ToList())).ToList();
        return new ProgramDay(index, date, zoneName, columns, blocks, byRoom);
    }

    /// <summary>Sessions in start order, cut into runs where each overlaps the run so far.</summary>
    private static List<List<ProgramSession>> Overlapping(List<ProgramSession> sessions)
    {
        var groups = new List<List<ProgramSession>>();
        var end = TimeOnly.MinValue;
        foreach (var session in sessions)
        {
            if (groups.Count == 0 || session.Starts >= end)
            {
                groups.Add([]);
                end = session.Ends;
            }
            groups[^1].Add(session);
            end = session.Ends > end ? session.Ends : end;
        }
        return groups;
    }
}
