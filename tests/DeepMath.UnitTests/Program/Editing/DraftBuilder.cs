using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;

namespace DeepMath.UnitTests.Program.Editing;

/// <summary>Small working copies for the rule tests: rooms A and B, sessions on 6 Nov 2025.</summary>
internal sealed class DraftBuilder
{
    public static readonly DateOnly Day = new(2025, 11, 6);

    public DraftProgram Draft { get; } = new();
    public DraftRoom A { get; }
    public DraftRoom B { get; }

    public DraftBuilder()
    {
        A = Room("Room A", 100);
        B = Room("Room B", 30);
    }

    public DraftRoom Room(string name, int? capacity)
    {
        var room = new DraftRoom { Name = name, Capacity = capacity };
        Draft.Rooms.Add(room);
        return room;
    }

    public DraftSession Session(string title, DraftRoom? room, string starts, string ends, SessionKind kind = SessionKind.ContributedTalks, string? chair = null)
    {
        var session = new DraftSession
        {
            Kind = kind, Title = title, RoomId = room?.Id, Day = Day, Starts = TimeOnly.Parse(starts), Ends = TimeOnly.Parse(ends), Chair = chair,
        };
        Draft.Sessions.Add(session);
        return session;
    }

    public static DraftItem Talk(DraftSession session, string title, string presenter, int minutes = 20)
    {
        var item = new DraftItem { Kind = ItemKind.Talk, Title = title, Minutes = minutes, People = [Presenter(presenter)] };
        session.Items.Add(item);
        return item;
    }

    public static DraftItem Poster(DraftSession session, string title, string presenter, int number, params string[] topics)
    {
        var item = new DraftItem
        {
            Kind = ItemKind.Poster, Title = title, SubmissionId = Guid.NewGuid(), SubmissionNumber = number, Topics = [.. topics], People = [Presenter(presenter)],
        };
        session.Items.Add(item);
        return item;
    }

    public static ProgramPerson Presenter(string name) =>
        new(PersonRole.Presenter, name, null, name.Replace(' ', '.').ToLowerInvariant() + "@example.org", null);

    public ProgramSnapshot Snapshot() => global::DeepMath.Web.Modules.Program.Domain.SnapshotBuilder.Build(Guid.Empty, "Europe/Berlin", Draft);
}
