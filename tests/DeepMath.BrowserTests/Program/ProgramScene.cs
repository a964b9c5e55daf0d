using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.BrowserTests.Program;

/// <summary>An event of its own in Oslo's zone, organized by Olga, with two abstracts accepted as posters and the decisions sent.</summary>
public static class ProgramScene
{
    public const string Password = "a long browser password";
    public const string OrganizerEmail = "olga@program-flow.example.org";
    public const string Slug = "deepmath-program-flow-2025";

    public static readonly (string Title, string Author, string Email, string Topic)[] Posters =
    [
        ("Sobolev rates for networks on $\\mathbb{R}^d$", "Paula Poster", "paula@program-flow.example.edu", "Optimization"),
        ("Boards, margins and max-margin bias", "Bo Board", "bo@program-flow.example.edu", "Generalization"),
    ];

    public static async Task ArrangeAsync(BrowserApp app)
    {
        await app.CreateConfirmedUserAsync(OrganizerEmail, "Olga Organizer", Password);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var olga = (await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(OrganizerEmail))!;
            var ev = new Event
            {
                Title = "DeepMath Program Flow 2025", Slug = Slug, TimeZoneId = "Europe/Oslo", Venue = "Oslo",
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7), CreatedAt = BrowserApp.DemoNow,
            };
            var call = new Call
            {
                EventId = ev.Id, Title = "Call for abstracts", OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 8, 31),
                NotificationOn = new DateOnly(2025, 10, 1), Topics = ["Optimization", "Generalization"], Disciplines = ["Mathematics"],
            };
            db.Events.Add(ev);
            db.Calls.Add(call);
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = olga.Id, AddedAt = BrowserApp.DemoNow });
            for (var i = 0; i < Posters.Length; i++)
            {
                var (title, author, email, topic) = Posters[i];
                var submission = new Submission
                {
                    CallId = call.Id, OwnerId = olga.Id, Number = i + 1, Title = title, Abstract = "Not public.", Topics = [topic], Disciplines = ["Mathematics"],
                    State = SubmissionState.Submitted, CreatedAt = BrowserApp.DemoNow, UpdatedAt = BrowserApp.DemoNow, SubmittedAt = BrowserApp.DemoNow,
                };
                submission.SetAuthors([new SubmissionAuthor { Name = author, Email = email, Affiliation = "University of Oslo", Country = "Norway" }]);
                db.Submissions.Add(submission);
                var decision = new Decision { CallId = call.Id, SubmissionId = submission.Id, OutcomeKey = DecisionOutcome.Poster, DecidedBy = olga.Id, DecidedAt = BrowserApp.DemoNow };
                decision.MarkSent(BrowserApp.DemoNow);
                db.Decisions.Add(decision);
            }
            await db.SaveChangesAsync();
            return 0;
        });
    }
}
