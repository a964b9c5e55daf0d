using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Program.Book;

/// <summary>
/// Released programs for the book's tests. Until the organizers' editor exists, a release is inserted as the editor
/// would write it: a <see cref="ProgramRelease"/> row holding a snapshot built here.
/// </summary>
public static class BookData
{
    public static Task<Submission> CreateAbstractAsync(this AppFixture app, Guid callId, string ownerId, int number, string title, string text,
        params (string Name, string Affiliation)[] authors) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var submission = new Submission
            {
                CallId = callId, OwnerId = ownerId, Number = number, Title = title, Abstract = text, Topics = ["Optimization"], State = SubmissionState.Submitted,
            };
            submission.SetAuthors([.. authors.Select((a, i) => new SubmissionAuthor { Name = a.Name, Email = $"author{number}-{i}@example.org", Affiliation = a.Affiliation, Country = "Austria" })]);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission;
        });

    /// <summary>One day, two sessions in one room: the talks in <paramref name="morning"/>, then a poster session with <paramref name="posters"/>.</summary>
    public static ProgramSnapshot Snapshot(Guid eventId, IReadOnlyList<Submission> morning, IReadOnlyList<Submission> posters)
    {
        var room = new ProgramRoom(Guid.NewGuid(), "Hörsaal 1", 120, null, 0);
        var day = new DateOnly(2025, 11, 6);
        ProgramItem Item(Submission s, int position, ItemKind kind, TimeOnly starts, TimeOnly ends) =>
            new(s.Id, kind, position, s.Title, starts, ends, kind == ItemKind.Poster ? position + 1 : null, s.Id, s.Number,
                [new ProgramPerson(PersonRole.Presenter, s.Authors.OrderBy(a => a.Position).First().Name, null, null, null)], null, null);
        var talks = morning.Select((s, i) => Item(s, i, ItemKind.Talk, new TimeOnly(9, 20 * i), new TimeOnly(9, 20 * i + 20))).ToList();
        var boards = posters.Select((s, i) => Item(s, i, ItemKind.Poster, new TimeOnly(11, 0), new TimeOnly(12, 0))).ToList();
        return new ProgramSnapshot(eventId, "Europe/Vienna", [room],
        [
            new ProgramSession(Guid.NewGuid(), SessionKind.ContributedTalks, "Contributed talks", room.Id, day, new TimeOnly(9, 0), new TimeOnly(10, 30), "Chair Person", null, talks),
            new ProgramSession(Guid.NewGuid(), SessionKind.PosterSession, "Posters", room.Id, day, new TimeOnly(11, 0), new TimeOnly(12, 0), null, null, boards),
        ]);
    }

    public static Task<int> ReleaseAsync(this AppFixture app, ProgramSnapshot snapshot) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var version = 1 + await db.ProgramReleases.CountAsync(r => r.EventId == snapshot.EventId);
            db.ProgramReleases.Add(new ProgramRelease
            {
                EventId = snapshot.EventId, Version = version, Name = $"Version {version}", ReleasedAt = app.Clock.GetUtcNow(), ReleasedBy = "test", Snapshot = snapshot,
            });
            await db.SaveChangesAsync();
            return version;
        });

    public static Task<ProgramBook?> BookAsync(this AppFixture app, Guid eventId) =>
        app.WithScopeAsync(services => services.GetRequiredService<DeepMathDbContext>().ProgramBooks.AsNoTracking().SingleOrDefaultAsync(b => b.EventId == eventId));
}
