using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Program.Rules;
using DeepMath.Web.Modules.Registration.Contracts;

namespace DeepMath.Web.Modules.Program.Editor;

/// <summary>Reads everything the editor shows, for an event the caller already may manage.</summary>
public sealed class EditorQuery(WorkingCopies copies, AcceptedAbstracts accepted, RegistrationCounts registrations, ProgramReleases releases, SpeakerProfiles speakers)
{
    public async Task<EditorPage> LoadAsync(EventInfo ev, Guid? editSession, Guid? editRoom, CancellationToken cancellationToken)
    {
        var copy = await copies.LoadAsync(ev.EventId, cancellationToken);
        var program = SnapshotBuilder.Build(ev.EventId, ev.Zone.Id, copy.Draft);
        var placed = copy.Draft.PlacedSubmissions;
        var unplaced = (await accepted.ForEventAsync(ev.EventId, cancellationToken)).Where(a => !placed.Contains(a.SubmissionId)).ToList();
        var registered = await registrations.ConfirmedAsync(ev.EventId, cancellationToken);
        var latest = await releases.LatestAsync(ev.EventId, cancellationToken);
        var session = copy.Draft.Sessions.FirstOrDefault(s => s.Id == editSession) is { } s
            ? SessionForm.From(s, copy.Revision)
            : new SessionForm { Revision = copy.Revision, Day = ev.StartsOn };
        var room = copy.Draft.Rooms.FirstOrDefault(r => r.Id == editRoom) is { } r
            ? new RoomForm { Id = r.Id, Revision = copy.Revision, Name = r.Name, Capacity = r.Capacity, FloorNotes = r.FloorNotes }
            : new RoomForm { Revision = copy.Revision };
        return new EditorPage(ev, copy.Revision, copy.Draft, program, unplaced, ProgramChecks.Warnings(program, registered), registered,
            latest?.Version, session, room) { Speakers = await speakers.AllAsync(cancellationToken) };
    }
}
