namespace DeepMath.Web.Modules.Program.Contracts;

/// <summary>
/// A released program, frozen: what the public pages, the iCal and frab exports, the book of abstracts and the
/// release diff read. Times are wall-clock times in the event's zone (<see cref="TimeZoneId"/>, an IANA id);
/// ids are stable across releases, so an item keeps its iCal UID and frab guid when it moves.
/// It holds no abstract text of a submission: the public program shows titles and presenters only.
/// </summary>
public sealed record ProgramSnapshot(Guid EventId, string TimeZoneId, IReadOnlyList<ProgramRoom> Rooms, IReadOnlyList<ProgramSession> Sessions)
{
    public static ProgramSnapshot Empty(Guid eventId, string timeZoneId) => new(eventId, timeZoneId, [], []);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The instant of a wall-clock time of the event's zone.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public IEnumerable<(ProgramSession Session, ProgramItem Item)> Items() =>
        Sessions.SelectMany(s => s.Items.Select(i => (s, i)));
}

public sealed record ProgramRoom(Guid Id, string Name, int? Capacity, string? FloorNotes, int Position);

/// <param name="Chair">The chair or moderator, as printed.</param>
public sealed record ProgramSession(Guid Id, SessionKind Kind, string Title, Guid? RoomId, DateOnly Day, TimeOnly Starts, TimeOnly Ends,
    string? Chair, string? Description, IReadOnlyList<ProgramItem> Items);

/// <summary>
/// One item of a session, in order. <see cref="Starts"/>/<see cref="Ends"/> are computed when the program is
/// built (talks fill the session's time in order; posters and free items without a duration span the session).
/// </summary>
/// <param name="SubmissionId">The accepted abstract this item presents (talks and posters), else null.</param>
/// <param name="Abstract">The organizer-written abstract of an invited talk; never a submission's text.</param>
/// <param name="SpeakerId">An invited talk's speaker profile, when the organizers chose one: its page and photo are linked.</param>
public sealed record ProgramItem(Guid Id, ItemKind Kind, int Position, string Title, TimeOnly Starts, TimeOnly Ends,
    int? BoardNumber, Guid? SubmissionId, int? SubmissionNumber, IReadOnlyList<ProgramPerson> People,
    string? Abstract, string? Biography, Guid? SpeakerId = null);

/// <param name="Email">Kept for e-mailing the presenter about their own slot; never shown publicly.</param>
/// <param name="UserId">The presenter's account, when they have one.</param>
public sealed record ProgramPerson(PersonRole Role, string Name, string? Affiliation, string? Email, string? UserId);

public enum SessionKind
{
    ContributedTalks,
    PosterSession,
    InvitedTalk,
    Keynote,
    Panel,
    Discussion,
    Break,
    Social,
}

public enum ItemKind
{
    Talk,
    Poster,
    InvitedTalk,
    Panel,
    Free,
}

public enum PersonRole
{
    Presenter,
    Speaker,
    Moderator,
    Panelist,
}
