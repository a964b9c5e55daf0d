using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.UnitTests.Program;

/// <summary>
/// A small released program for tests, built by hand until the organizers' editor builds real ones: two rooms,
/// two days of DeepMath 2025 in New York, parallel talks, a poster session, an invited talk and a break.
/// Ids are fixed per builder, so a second snapshot from the same builder is "the next release" of the same program.
/// </summary>
internal sealed class SnapshotBuilder
{
    public const string Zone = "America/New_York";
    public static readonly DateOnly Day1 = new(2025, 11, 6);
    public static readonly DateOnly Day2 = new(2025, 11, 7);

    public Guid EventId { get; } = Guid.NewGuid();
    public Guid HallA { get; } = Guid.NewGuid();
    public Guid HallB { get; } = Guid.NewGuid();
    public Guid TalksA { get; } = Guid.NewGuid();
    public Guid TalksB { get; } = Guid.NewGuid();
    public Guid Posters { get; } = Guid.NewGuid();
    public Guid Invited { get; } = Guid.NewGuid();
    public Guid Coffee { get; } = Guid.NewGuid();
    public Guid Talk1 { get; } = Guid.NewGuid();
    public Guid Talk2 { get; } = Guid.NewGuid();
    public Guid Talk3 { get; } = Guid.NewGuid();
    public Guid Poster1 { get; } = Guid.NewGuid();
    public Guid Poster2 { get; } = Guid.NewGuid();
    public Guid InvitedItem { get; } = Guid.NewGuid();

    /// <param name="talk1Starts">Where the first talk starts; move it to make the "next release".</param>
    public ProgramSnapshot Build(TimeOnly? talk1Starts = null)
    {
        var t1 = talk1Starts ?? new TimeOnly(9, 0);
        ProgramRoom[] rooms = [new(HallA, "Hall A", 120, "Ground floor", 0), new(HallB, "Hall B", 60, null, 1)];
        ProgramSession[] sessions =
        [
            new(TalksA, SessionKind.ContributedTalks, "Approximation theory", HallA, Day1, new(9, 0), new(10, 30), "Ada Chair", "Three talks.",
            [
                Talk(Talk1, 0, "Depth separation for ReLU networks", t1, t1.AddMinutes(30), "Maria Müller", "Universität Wien", "maria@example.org"),
                Talk(Talk2, 1, "Width lower bounds", new(9, 30), new(10, 0), "李明", "Peking University", "li@example.org"),
            ]),
            new(TalksB, SessionKind.ContributedTalks, "Optimization", HallB, Day1, new(9, 0), new(10, 30), null, null,
            [
                Talk(Talk3, 0, "Implicit bias of gradient descent", new(9, 0), new(9, 30), "João Silva", null, "joao@example.org"),
            ]),
            new(Coffee, SessionKind.Break, "Coffee break", null, Day1, new(10, 30), new(11, 0), null, null, []),
            new(Posters, SessionKind.PosterSession, "Posters I", HallA, Day1, new(14, 0), new(16, 0), null, null,
            [
                Poster(Poster1, 0, 1, "Neural tangent kernels on spheres", "Chen Wei"),
                Poster(Poster2, 1, 2, "Sharpness and generalization", "Olga Ivanova"),
            ]),
            new(Invited, SessionKind.InvitedTalk, "Invited talk", HallA, Day2, new(9, 0), new(10, 0), "Ada Chair", null,
            [
                new(InvitedItem, ItemKind.InvitedTalk, 0, "Why deep networks generalize", new(9, 0), new(10, 0), null, null, null,
                    [new(PersonRole.Speaker, "Grace Speaker", "MIT", "grace@example.org", null)], "An organizer-written abstract.", "Grace works on theory."),
            ]),
        ];
        return new ProgramSnapshot(EventId, Zone, rooms, sessions);
    }

    private static ProgramItem Talk(Guid id, int position, string title, TimeOnly starts, TimeOnly ends, string presenter, string? affiliation, string email) =>
        new(id, ItemKind.Talk, position, title, starts, ends, null, Guid.NewGuid(), 100 + position, [new(PersonRole.Presenter, presenter, affiliation, email, null)], null, null);

    private static ProgramItem Poster(Guid id, int position, int board, string title, string presenter) =>
        new(id, ItemKind.Poster, position, title, new(14, 0), new(16, 0), board, Guid.NewGuid(), 200 + position,
            [new(PersonRole.Presenter, presenter, "Somewhere", $"p{board}@example.org", null)], null, null);
}
