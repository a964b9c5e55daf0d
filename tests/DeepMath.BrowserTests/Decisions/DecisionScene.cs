using DeepMath.BrowserTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.Domain;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.BrowserTests.Decisions;

/// <summary>
/// A call of its own after review (UTC, closed 2025-08-31, reviews due 2025-09-20, notification on 2025-10-01):
/// Olga organizes; six abstracts, each owned by its first author's account; three reviewers, two reviews per
/// abstract. Hugo is harsh and Gina generous, so the calibrated ranking (4, 2, 6, 1, 5, 3) differs from the raw
/// mean's, where abstract 6 leads.
/// </summary>
public sealed record DecisionScene(Guid CallId, IReadOnlyList<Guid> Submissions)
{
    public const string Password = "a long browser password";
    public const string OrganizerEmail = "olga@decision-flow.example.org";
    public const string EventTitle = "DeepMath Decision Flow 2025";
    public const string EventSlug = "deepmath-decision-flow-2025";

    /// <summary>After the reviews are due, before the notification date.</summary>
    public static readonly DateTimeOffset DecisionTime = new(2025, 9, 25, 12, 0, 0, TimeSpan.Zero);

    public static readonly (string Title, string Author, string Email)[] Abstracts =
    [
        ("Plateaus and escapes near saddle points", "Paula Plateau", "paula@decision-flow.example.edu"),
        ("Sharp minima and what they predict", "Sören Sharp", "soren@decision-flow.example.edu"),
        ("Lazy training beyond the kernel regime", "Lars Lazy", "lars@decision-flow.example.edu"),
        ("Implicit bias of gradient descent on deep linear networks", "Ada Lovelace", "ada@decision-flow.example.edu"),
        ("Edge of stability in adaptive methods", "Edda Edge", "edda@decision-flow.example.edu"),
        ("Neural collapse at the terminal phase", "Nils Collapse", "nils@decision-flow.example.edu"),
    ];

    /// <summary>The committee, by display name: what authors must never read.</summary>
    public static readonly (string Name, string Email)[] Reviewers =
    [
        ("Hugo Harsh", "hugo@committee.example.org"), ("Gina Generous", "gina@committee.example.org"), ("Carl Middle", "carl@committee.example.org"),
    ];

    /// <summary>(abstract, reviewer, overall) in the order the reviews were written: "Reviewer 1" of an abstract wrote first.</summary>
    private static readonly (int Abstract, int Reviewer, int Overall)[] Scores =
    [
        (1, 0, 3), (2, 0, 6), (3, 0, 2), (4, 0, 5),
        (1, 1, 9), (3, 1, 8), (5, 1, 9), (6, 1, 10),
        (2, 2, 7), (4, 2, 8), (5, 2, 4), (6, 2, 6),
    ];

    public static string CommentsToAuthors(int number, int reviewer) => $"Comment for the authors of abstract {number} from committee seat {reviewer + 1}.";

    public static string Confidential(int number, int reviewer) => $"Confidential note {number}-{reviewer + 1}: only the organizers read this.";

    public static async Task<DecisionScene> ArrangeAsync(BrowserApp app)
    {
        await app.CreateConfirmedUserAsync(OrganizerEmail, "Olga Organizer", Password);
        foreach (var (name, email) in Reviewers)
        {
            await app.CreateConfirmedUserAsync(email, name, Password);
        }
        foreach (var (_, author, email) in Abstracts)
        {
            await app.CreateConfirmedUserAsync(email, author, Password);
        }
        return await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            async Task<string> IdOf(string email) => (await users.FindByEmailAsync(email))!.Id;

            var ev = new Event
            {
                Title = EventTitle, Slug = EventSlug, TimeZoneId = "UTC", Venue = "Oslo",
                StartsOn = new DateOnly(2025, 11, 6), EndsOn = new DateOnly(2025, 11, 7), CreatedAt = BrowserApp.DemoNow,
                RegistrationOpensOn = new DateOnly(2025, 9, 1), RegistrationClosesOn = new DateOnly(2025, 10, 20),
            };
            var call = new Call
            {
                EventId = ev.Id, Title = "Call for abstracts", OpensOn = new DateOnly(2025, 7, 1), ClosesOn = new DateOnly(2025, 8, 31),
                NotificationOn = new DateOnly(2025, 10, 1), Topics = ["Optimization", "Generalization"], Disciplines = ["Mathematics"],
                ReviewsPerSubmission = 2,
            };
            db.Events.Add(ev);
            db.Calls.Add(call);
            db.EventOrganizers.Add(new EventOrganizer { EventId = ev.Id, UserId = await IdOf(OrganizerEmail), AddedAt = BrowserApp.DemoNow });
            db.ReviewSettings.Add(new ReviewSettings { CallId = call.Id, BiddingClosesOn = new DateOnly(2025, 9, 8), ReviewsDueOn = new DateOnly(2025, 9, 20) });
            var reviewers = new List<Reviewer>();
            foreach (var (_, email) in Reviewers)
            {
                reviewers.Add(new Reviewer { CallId = call.Id, UserId = await IdOf(email), ExpertiseTopics = ["Optimization"] });
            }
            db.Reviewers.AddRange(reviewers);

            var submissions = new List<Submission>();
            for (var i = 0; i < Abstracts.Length; i++)
            {
                var (title, author, email) = Abstracts[i];
                var submission = new Submission
                {
                    CallId = call.Id, OwnerId = await IdOf(email), Number = i + 1, Title = title, Topics = [i % 2 == 0 ? "Optimization" : "Generalization"],
                    Disciplines = ["Mathematics"], Abstract = $"We study {title.ToLowerInvariant()}.",
                    State = SubmissionState.Submitted, SubmittedAt = new DateTimeOffset(2025, 8, 30, 12, 0, 0, TimeSpan.Zero),
                };
                submission.SetAuthors([new SubmissionAuthor { Name = author, Email = email, Affiliation = "University of Oslo", Country = "Norway" }]);
                submissions.Add(submission);
            }
            db.Submissions.AddRange(submissions);

            var batch = new AssignmentBatch
            {
                CallId = call.Id, Kind = AssignmentBatchKind.ManualAdd, CreatedAt = new DateTimeOffset(2025, 9, 8, 12, 0, 0, TimeSpan.Zero),
                Summary = "browser decision scene", PairCount = Scores.Length,
            };
            db.AssignmentBatches.Add(batch);
            var written = new DateTimeOffset(2025, 9, 15, 9, 0, 0, TimeSpan.Zero);
            foreach (var (number, reviewer, overall) in Scores)
            {
                var submissionId = submissions[number - 1].Id;
                var reviewerId = reviewers[reviewer].Id;
                written = written.AddMinutes(10);
                db.Assignments.Add(new ReviewerAssignment { CallId = call.Id, SubmissionId = submissionId, ReviewerId = reviewerId, BatchId = batch.Id, CreatedAt = batch.CreatedAt });
                db.Reviews.Add(new Review
                {
                    CallId = call.Id, SubmissionId = submissionId, ReviewerId = reviewerId, Overall = overall, Confidence = 3,
                    Scores = new() { ["relevance"] = 4, ["novelty"] = 3, ["rigor"] = 4, ["clarity"] = 3 },
                    CommentsToAuthors = CommentsToAuthors(number, reviewer), ConfidentialComments = Confidential(number, reviewer),
                    CreatedAt = written, UpdatedAt = written, SubmittedAt = written,
                });
            }
            await db.SaveChangesAsync();
            return new DecisionScene(call.Id, [.. submissions.Select(s => s.Id)]);
        });
    }
}
