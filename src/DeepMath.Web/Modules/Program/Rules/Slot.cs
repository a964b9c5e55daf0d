using System.Globalization;
using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <summary>Where and when something of the program happens, as the rules compare and describe it.</summary>
public readonly record struct Slot(DateOnly Day, TimeOnly Starts, TimeOnly Ends, string? Room)
{
    public static Slot Of(ProgramSnapshot program, ProgramSession session) =>
        new(session.Day, session.Starts, session.Ends, RoomName(program, session));

    public static Slot Of(ProgramSnapshot program, ProgramSession session, ProgramItem item) =>
        new(session.Day, item.Starts, item.Ends, RoomName(program, session));

    public bool Overlaps(Slot other) => Day == other.Day && Starts < other.Ends && other.Starts < Ends;

    public override string ToString() =>
        $"{Day.ToString("ddd d MMM", CultureInfo.InvariantCulture)} {Starts:HH\\:mm}–{Ends:HH\\:mm}{(Room is null ? "" : $", {Room}")}";

    public static string? RoomName(ProgramSnapshot program, ProgramSession session) =>
        program.Rooms.FirstOrDefault(r => r.Id == session.RoomId)?.Name;
}
