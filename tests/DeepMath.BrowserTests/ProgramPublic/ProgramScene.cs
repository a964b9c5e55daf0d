using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.BrowserTests.ProgramPublic;

/// <summary>
/// An event of its own in New York with a released two-day program (inserted as a release row: the organizers'
/// editor is built elsewhere): parallel talks in two rooms with long titles and names in several scripts, a break,
/// a poster session and an invited talk. Ada has an account.
/// </summary>
public static class ProgramScene
{
    public const string Password = "a long browser password";
    public const string AttendeeEmail = "ada@program-flow.example.edu";
    public const string EventSlug = "deepmath-program-reading-2025";
    public const string LeftSession = "Approximation theory and the expressive power of deep networks";
    public const string RightSession = "Optimization";

    public static async Task ArrangeAsync(BrowserApp app)
    {
        await app.CreateConfirmedUserAsync(AttendeeEmail, "Ada Lovelace", Password);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var ev = new Event
            {
                Title = "DeepMath Program Flow 2025", Slug = EventSlug, TimeZoneId = "America/New_York", Venue = "New York",
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7), CreatedAt = BrowserApp.DemoNow,
            };
            db.Events.Add(ev);
            db.ProgramReleases.Add(new ProgramRelease
            {
                EventId = ev.Id, Version = 1, Name = "First program", ReleasedAt = BrowserApp.DemoNow, ReleasedBy = "organizer", Snapshot = Snapshot(ev.Id),
            });
            return await db.SaveChangesAsync();
        });
    }

    private static ProgramSnapshot Snapshot(Guid eventId)
    {
        var (hallA, hallB) = (Guid.NewGuid(), Guid.NewGuid());
        var day1 = new DateOnly(2025, 11, 6);
        ProgramItem Talk(int position, string title, TimeOnly starts, string presenter) =>
            new(Guid.NewGuid(), ItemKind.Talk, position, title, starts, starts.AddMinutes(30), null, Guid.NewGuid(), position + 1,
                [new(PersonRole.Presenter, presenter, "Somewhere", null, null)], null, null);
        ProgramItem Poster(int board, string title, string presenter) =>
            new(Guid.NewGuid(), ItemKind.Poster, board, title, new(14, 0), new(16, 0), board, Guid.NewGuid(), 10 + board,
                [new(PersonRole.Presenter, presenter, null, null, null)], null, null);
        return new ProgramSnapshot(eventId, "America/New_York",
            [new(hallA, "Hall A (Auditorium Maximum)", 300, "Ground floor", 0), new(hallB, "Seminar room B", 40, "Second floor", 1)],
            [
                new(Guid.NewGuid(), SessionKind.ContributedTalks, LeftSession, hallA, day1, new(9, 0), new(10, 30), "Ada Chair", null,
                [
                    Talk(0, "Depth separation for ReLU networks with exponentially many linear regions", new(9, 0), "Maria Müller-Lüdenscheidt"),
                    Talk(1, "Width lower bounds", new(9, 30), "李明"),
                    Talk(2, "Approximation rates of Barron functions", new(10, 0), "Σωκράτης Παπαδόπουλος"),
                ]),
                new(Guid.NewGuid(), SessionKind.ContributedTalks, RightSession, hallB, day1, new(9, 0), new(10, 0), null, null,
                [
                    Talk(0, "Implicit bias of gradient descent on separable data", new(9, 0), "João Silva"),
                    Talk(1, "Edge of stability", new(9, 30), "Priya Raman"),
                ]),
                new(Guid.NewGuid(), SessionKind.Break, "Coffee break", null, day1, new(10, 30), new(11, 0), null, null, []),
                new(Guid.NewGuid(), SessionKind.PosterSession, "Posters I", hallA, day1, new(14, 0), new(16, 0), null, null,
                [Poster(1, "Neural tangent kernels on spheres", "Chen Wei"), Poster(2, "Sharpness and generalization", "Olga Ivanova")]),
                new(Guid.NewGuid(), SessionKind.InvitedTalk, "Invited talk", hallA, day1.AddDays(1), new(9, 0), new(10, 0), "Ada Chair", null,
                [
                    new(Guid.NewGuid(), ItemKind.InvitedTalk, 0, "Why deep networks generalize", new(9, 0), new(10, 0), null, null, null,
                        [new(PersonRole.Speaker, "Grace Speaker", "MIT", null, null)], "What the organizers wrote about it.", null),
                ]),
                new(Guid.NewGuid(), SessionKind.Panel, "Panel: the future of theory", hallB, day1.AddDays(1), new(10, 30), new(11, 30), "Ada Chair", null, []),
            ]);
    }
}
