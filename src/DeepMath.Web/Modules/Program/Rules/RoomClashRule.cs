using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <summary>Refused: two sessions in one room at the same time.</summary>
public static class RoomClashRule
{
    public static IEnumerable<string> Find(ProgramSnapshot program)
    {
        var sessions = program.Sessions.Where(s => s.RoomId is not null).ToList();
        for (var i = 0; i < sessions.Count; i++)
        {
            for (var j = i + 1; j < sessions.Count; j++)
            {
                var (a, b) = (sessions[i], sessions[j]);
                if (a.RoomId == b.RoomId && Slot.Of(program, a).Overlaps(Slot.Of(program, b)))
                {
                    yield return $"Two sessions are in {Slot.RoomName(program, a)} at once: \"{a.Title}\" ({Slot.Of(program, a)}) and \"{b.Title}\" ({Slot.Of(program, b)}). Move one to another room or time.";
                }
            }
        }
    }
}
