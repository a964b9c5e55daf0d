using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Decisions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Program.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Program.Editing;

/// <summary>
/// An event with three accepted abstracts whose decisions were sent (#1 Ada's talk, #2 and #3 posters by
/// authors 2 and 3), and helpers that drive the editor through its forms as a browser would.
/// </summary>
internal static partial class ProgramSetup
{
    public const string Slug = "deepmath-2025";
    public const string Editor = $"/events/{Slug}/program/edit";
    public const string Release = $"/events/{Slug}/program/release";

    public static async Task<DecisionCall> AcceptedAsync(this AppFixture app)
    {
        var setup = await app.DecisionCallAsync(submissions: 3);
        for (var n = 2; n <= 3; n++)
        {
            await app.CreateUserAsync($"author{n}@example.org", name: $"Author {n}");
        }
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            foreach (var (submission, i) in setup.Submissions.Select((x, i) => (x, i)))
            {
                var decision = new Decision
                {
                    CallId = setup.Call.Id, SubmissionId = submission.Id, OutcomeKey = i == 0 ? DecisionOutcome.Talk : DecisionOutcome.Poster,
                    DecidedBy = "olga", DecidedAt = DecisionsData.DecisionTime,
                };
                decision.MarkSent(DecisionsData.DecisionTime);
                db.Decisions.Add(decision);
            }
            await db.SaveChangesAsync();
            return 0;
        });
        return setup;
    }

    public static async Task<WebSession> OrganizerAsync(this AppFixture app)
    {
        var olga = app.NewSession();
        await olga.LoginAsync(DecisionsData.Organizer, TestData.Password);
        return olga;
    }

    /// <summary>Posts one of the editor's forms with the revision the editor page shows, as the page's own form would.</summary>
    public static async Task<HttpResponseMessage> EditAsync(this WebSession session, string action, Dictionary<string, string> fields)
    {
        var (_, html) = await session.GetAsync(Editor);
        fields.TryAdd("Revision", RevisionPattern().Match(html).Groups[1].Value);
        return await session.PostFormAsync(Editor, $"{Editor}/{action}", fields);
    }

    public static async Task<HttpResponseMessage> ReleaseAsync(this WebSession session, string name)
    {
        var (status, html) = await session.GetAsync(Release);
        Assert.Equal(HttpStatusCode.OK, status);
        return await session.PostFormAsync(Release, Release, new Dictionary<string, string>
        {
            ["Revision"] = RevisionPattern().Match(html).Groups[1].Value, ["Name"] = name, ["Comment"] = "For the tests",
        });
    }

    public static Task<DraftProgram> DraftAsync(this AppFixture app, Guid eventId) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<DeepMathDbContext>().WorkingPrograms.AsNoTracking().SingleAsync(w => w.EventId == eventId)).Draft);

    public static Dictionary<string, string> Session(string title, Guid? room, string starts, string ends, string kind = "ContributedTalks", string day = "2025-11-06") => new()
    {
        ["Kind"] = kind, ["Title"] = title, ["RoomId"] = room?.ToString() ?? "", ["Day"] = day, ["Starts"] = starts, ["Ends"] = ends,
    };

    public static async Task<string> BodyAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    [GeneratedRegex("name=\"Revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionPattern();
}
