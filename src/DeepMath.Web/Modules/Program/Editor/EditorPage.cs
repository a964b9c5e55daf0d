using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>What the editor shows: the working copy with computed times, the abstracts not yet placed, and the warnings.</summary>
/// <param name="Program">The working copy as it would be released (item times computed).</param>
/// <param name="Registered">Confirmed registrations, for the capacity warning.</param>
/// <param name="SessionForm">The session form: empty to add one, or filled to edit one (or to show a refused input again).</param>
public sealed record EditorPage(EventInfo Event, int Revision, DraftProgram Draft, ProgramSnapshot Program, IReadOnlyList<AcceptedAbstract> Unplaced,
    IReadOnlyList<string> Warnings, int Registered, int? LatestVersion, SessionForm SessionForm, RoomForm RoomForm)
{
    /// <summary>The speaker profiles an invited talk may name.</summary>
    public IReadOnlyList<SpeakerCard> Speakers { get; init; } = [];

    public IReadOnlyList<DateOnly> Days { get; } =
        [.. Enumerable.Range(0, Event.EndsOn.DayNumber - Event.StartsOn.DayNumber + 1).Select(Event.StartsOn.AddDays)];

    public string? RoomName(Guid? roomId) => Program.Rooms.FirstOrDefault(r => r.Id == roomId)?.Name;

    public int? MinutesOf(Guid itemId) => Draft.Items.FirstOrDefault(i => i.Id == itemId)?.Minutes;

    public IEnumerable<ProgramSession> PosterSessions => Program.Sessions.Where(s => s.Kind == SessionKind.PosterSession);
}
