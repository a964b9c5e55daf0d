using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Rules;

/// <summary>
/// Warned: a session expecting more people than its room holds. The audience expected is the registered
/// attendees shared evenly among the sessions running at the same time (breaks and social events aside).
/// </summary>
public static class CapacityRule
{
    public static IEnumerable<string> Find(ProgramSnapshot program, int registered)
    {
        var sessions = program.Sessions.Where(s => s.Kind is not (SessionKind.Break or SessionKind.Social)).ToList();
        foreach (var session in sessions)
        {
            var room = program.Rooms.FirstOrDefault(r => r.Id == session.RoomId);
            if (room?.Capacity is not { } capacity)
            {
                continue;
            }
            var parallel = sessions.Count(s => Slot.Of(program, s).Overlaps(Slot.Of(program, session)));
            var expected = (registered + parallel - 1) / parallel;
            if (expected > capacity)
            {
                yield return $"\"{session.Title}\" ({Slot.Of(program, session)}) may draw about {expected} people ({registered} registered, {parallel} session(s) at once) but {room.Name} holds {capacity}.";
            }
        }
    }
}
