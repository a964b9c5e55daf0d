using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program.Published;

/// <summary>An event and its latest released program (null before the first release): all that readers' pages and exports see.</summary>
public sealed record PublishedProgram(EventInfo Event, ReleaseInfo? Release)
{
    public ProgramSnapshot? Snapshot => Release?.Snapshot;

    public ProgramSession? Session(Guid sessionId) => Snapshot?.Sessions.FirstOrDefault(s => s.Id == sessionId);

    public (ProgramSession Session, ProgramItem Item)? Item(Guid itemId) =>
        Snapshot?.Items().Where(p => p.Item.Id == itemId).Select(p => ((ProgramSession, ProgramItem)?)p).FirstOrDefault();

    public ProgramRoom? Room(Guid? roomId) => roomId is null ? null : Snapshot?.Rooms.FirstOrDefault(r => r.Id == roomId);

    /// <summary>The zone named as readers see it on a given day, e.g. "America/New_York (UTC−05:00)": the offset follows daylight saving.</summary>
    public string ZoneName(DateOnly day)
    {
        var offset = Event.Zone.GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0)));
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        return $"{Event.Zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})";
    }
}
