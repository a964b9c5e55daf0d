using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Calendar;

/// <summary>
/// Which parts of a released program go into a calendar: whole sessions (one event each, its items listed in the
/// description) and single items (one event each, with the item's own times). A session and one of its items may
/// both be chosen; they are different events with different UIDs.
/// </summary>
public sealed record CalendarSelection(IReadOnlySet<Guid> SessionIds, IReadOnlySet<Guid> ItemIds)
{
    /// <summary>Every session of the program, one event each: a subscriber sees the program without a talk-by-talk clutter.</summary>
    public static CalendarSelection Everything(ProgramSnapshot snapshot) =>
        new(snapshot.Sessions.Select(s => s.Id).ToHashSet(), new HashSet<Guid>());

    public static CalendarSelection Session(Guid sessionId) => new(new HashSet<Guid> { sessionId }, new HashSet<Guid>());

    public static CalendarSelection Item(Guid itemId) => new(new HashSet<Guid>(), new HashSet<Guid> { itemId });
}
