using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.ProgramPublic;

/// <summary>
/// Releases of a small two-day program, inserted as ProgramRelease rows (the organizers' editor is another branch):
/// parallel talks in two rooms, a break, a poster session, an invited talk. Ids are fixed per seed, so the second
/// release is the same program with one talk moved.
/// </summary>
internal sealed class ReleaseSeed(Guid eventId, IReadOnlyList<Guid> submissionIds)
{
    public Guid HallA { get; } = Guid.NewGuid();
    public Guid HallB { get; } = Guid.NewGuid();
    public Guid TalksA { get; } = Guid.NewGuid();
    public Guid TalksB { get; } = Guid.NewGuid();
    public Guid Coffee { get; } = Guid.NewGuid();
    public Guid Posters { get; } = Guid.NewGuid();
    public Guid Invited { get; } = Guid.NewGuid();
    public Guid Talk1 { get; } = Guid.NewGuid();
    public Guid Talk2 { get; } = Guid.NewGuid();
    public Guid Talk3 { get; } = Guid.NewGuid();
    public Guid Poster1 { get; } = Guid.NewGuid();
    public Guid Poster2 { get; } = Guid.NewGuid();
    public Guid InvitedItem { get; } = Guid.NewGuid();

    public IEnumerable<Guid> ItemIds => [Talk1, Talk2, Talk3, Poster1, Poster2, InvitedItem];
    public IEnumerable<Guid> SessionIds => [TalksA, TalksB, Coffee, Posters, Invited];

    public ProgramSnapshot Snapshot(TimeOnly? talk1Starts = null)
    {
        var t1 = talk1Starts ?? new TimeOnly(9, 0);
        var day1 = new DateOnly(2025, 11, 6);
        ProgramItem Accepted(Guid id, ItemKind kind, int position, int index, string title, TimeOnly starts, TimeOnly ends, int? board, string presenter) =>
            new(id, kind, position, title, starts, ends, board, submissionIds[index], index + 1,
                [new(PersonRole.Presenter, presenter, "Universität Wien", $"presenter{index}@example.org", null)], null, null);
        return new ProgramSnapshot(eventId, "America/New_York",
            [new(HallA, "Hall A", 120, "Ground floor", 0), new(HallB, "Hall B", 60, null, 1)],
            [
                new(TalksA, SessionKind.ContributedTalks, "Approximation theory", HallA, day1, new(9, 0), new(10, 30), "Ada Chair", "Three talks on expressivity.",
                [
                    Accepted(Talk1, ItemKind.Talk, 0, 0, "Depth separation for ReLU networks", t1, t1.AddMinutes(30), null, "Maria Müller"),
                    Accepted(Talk2, ItemKind.Talk, 1, 1, "Width lower bounds", new(9, 30), new(10, 0), null, "李明"),
                ]),
                new(TalksB, SessionKind.ContributedTalks, "Optimization", HallB, day1, new(9, 0), new(10, 30), null, null,
                    [Accepted(Talk3, ItemKind.Talk, 0, 2, "Implicit bias of gradient descent", new(9, 0), new(9, 30), null, "João Silva")]),
                new(Coffee, SessionKind.Break, "Coffee break", null, day1, new(10, 30), new(11, 0), null, null, []),
                new(Posters, SessionKind.PosterSession, "Posters I", HallA, day1, new(14, 0), new(16, 0), null, null,
                [
                    Accepted(Poster1, ItemKind.Poster, 0, 3, "Neural tangent kernels on spheres", new(14, 0), new(16, 0), 1, "Chen Wei"),
                    Accepted(Poster2, ItemKind.Poster, 1, 4, "Sharpness and generalization", new(14, 0), new(16, 0), 2, "Olga Ivanova"),
                ]),
                new(Invited, SessionKind.InvitedTalk, "Invited talk", HallA, day1.AddDays(1), new(9, 0), new(10, 0), "Ada Chair", null,
                [
                    new(InvitedItem, ItemKind.InvitedTalk, 0, "Why deep networks generalize", new(9, 0), new(10, 0), null, null, null,
                        [new(PersonRole.Speaker, "Grace Speaker", "MIT", "grace@example.org", null)], "The organizers' summary of the invited talk.", "Grace works on theory."),
                ]),
            ]);
    }

    public Task ReleaseAsync(AppFixture app, int version, ProgramSnapshot snapshot, DateTimeOffset at) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            db.ProgramReleases.Add(new ProgramRelease
            {
                EventId = eventId, Version = version, Name = $"Version {version}", ReleasedAt = at, ReleasedBy = "organizer", Snapshot = snapshot,
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>An event, five submitted abstracts whose texts carry <paramref name="marker"/>, and a seed placing them.</summary>
    public static async Task<ReleaseSeed> CreateAsync(AppFixture app, string marker)
    {
        var owner = await app.CreateUserAsync($"owner-{Guid.NewGuid():N}@example.org");
        var (ev, call) = await app.CreateEventAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var draft = await app.CreateDraftAsync(call.Id, owner.Id, i + 1, $"Submission {i + 1}");
            await app.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<DeepMathDbContext>();
                var submission = await db.Submissions.FindAsync(draft.Id);
                submission!.Abstract = $"{marker} number {i}: we prove a theorem with $\\int_0^1 f$.";
                return await db.SaveChangesAsync();
            });
            ids.Add(draft.Id);
        }
        return new ReleaseSeed(ev.Id, ids);
    }
}
