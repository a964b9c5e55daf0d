namespace DeepMath.Web.Modules.Program.Contracts;

/// <summary>Where and when an abstract is presented in the released program, as its authors see it.</summary>
public sealed record PresenterSlot(Guid SubmissionId, ItemKind Kind, string SessionTitle, DateOnly Day, TimeOnly Starts, TimeOnly Ends,
    string TimeZoneId, string? Room, string? FloorNotes, int? BoardNumber, int ReleaseVersion);

/// <summary>
/// The Program module's answer to "when do I present?": the submissions and decisions pages show it to the
/// abstract's authors. Only the released program counts; the working copy is private to organizers.
/// </summary>
public sealed class PresenterSlots(ProgramReleases releases)
{
    /// <summary>The slot of a submission in its event's latest release, or null when it is not (yet) in the program.</summary>
    public async Task<PresenterSlot?> ForSubmissionAsync(Guid eventId, Guid submissionId, CancellationToken cancellationToken = default)
    {
        var latest = await releases.LatestAsync(eventId, cancellationToken);
        if (latest?.Snapshot.Items().FirstOrDefault(p => p.Item.SubmissionId == submissionId) is not ({ } session, { } item))
        {
            return null;
        }
        var room = latest.Snapshot.Rooms.FirstOrDefault(r => r.Id == session.RoomId);
        return new PresenterSlot(submissionId, item.Kind, session.Title, session.Day, item.Starts, item.Ends, latest.Snapshot.TimeZoneId,
            room?.Name, room?.FloorNotes, item.BoardNumber, latest.Version);
    }
}
