using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Jobs;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Decisions;

/// <summary>A call after review: an organizer, submissions whose first one belongs to Ada (with Bob as co-author), three reviewers.</summary>
public sealed record DecisionCall(Call Call, IReadOnlyList<Submission> Submissions, IReadOnlyList<Reviewer> Reviewers)
{
    public string Dashboard => $"/calls/{Call.Id}/decisions";
}

public static class DecisionsData
{
    public const string Organizer = "olga@example.org";
    public const string Ada = "ada@uni-a.edu";
    public const string Bob = "bob@uni-b.edu";

    /// <summary>After review, before notification (2025-10-01 in UTC).</summary>
    public static readonly DateTimeOffset DecisionTime = new(2025, 9, 20, 12, 0, 0, TimeSpan.Zero);

    public static async Task<DecisionCall> DecisionCallAsync(this AppFixture app, int submissions = 4, int reviewers = 3)
    {
        var olga = await app.CreateUserAsync(Organizer, name: "Olga Organizer");
        var ada = await app.CreateUserAsync(Ada, name: "Ada Lovelace");
        await app.CreateUserAsync(Bob, name: "Bob Builder");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [olga.Id]);
        var list = new List<Submission>();
        for (var n = 1; n <= submissions; n++)
        {
            list.Add(await app.SubmitOwnedAsync(call.Id, n == 1 ? ada.Id : "owner-" + n, n, n == 1 ? "Implicit bias of gradient descent" : $"Paper number {n}",
                n % 2 == 0 ? ["Optimization"] : ["Generalization"],
                n == 1 ? [("Ada Lovelace", Ada, "Uni A"), ("Bob Builder", Bob, "Uni B")] : [($"Author {n}", $"author{n}@example.org", "Uni C")]));
        }
        var members = new List<Reviewer>();
        for (var r = 1; r <= reviewers; r++)
        {
            var user = await app.CreateUserAsync($"rev{r}@example.org", name: $"Reviewer Person {r}");
            members.Add(await app.WithScopeAsync(async s =>
            {
                var db = s.GetRequiredService<DeepMathDbContext>();
                var reviewer = new Reviewer { CallId = call.Id, UserId = user.Id };
                db.Reviewers.Add(reviewer);
                await db.SaveChangesAsync();
                return reviewer;
            }));
        }
        app.Clock.Freeze(DecisionTime);
        return new DecisionCall(call, list, members);
    }

    public static Task<Submission> SubmitOwnedAsync(this AppFixture app, Guid callId, string ownerId, int number, string title, string[] topics,
        (string Name, string Email, string Affiliation)[] authors) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var submission = new Submission
            {
                CallId = callId, OwnerId = ownerId, Number = number, Title = title, Topics = [.. topics], Disciplines = ["Mathematics"],
                Abstract = $"We prove that {title.ToLowerInvariant()} converges in deep networks.", State = SubmissionState.Submitted,
            };
            submission.SetAuthors([.. authors.Select(a => new SubmissionAuthor { Name = a.Name, Email = a.Email, Affiliation = a.Affiliation, Country = "Norway" })]);
            db.Submissions.Add(submission);
            await db.SaveChangesAsync();
            return submission;
        });

    /// <summary>An assignment and a submitted review, inserted as the review form would leave them.</summary>
    public static Task ReviewAsync(this AppFixture app, DecisionCall setup, int submission, int reviewer, int overall, int? confidence = 3,
        string comments = "", string confidential = "", bool submitted = true) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var now = app.Clock.GetUtcNow();
            var batch = new AssignmentBatch { CallId = setup.Call.Id, Kind = AssignmentBatchKind.ManualAdd, CreatedAt = now, Summary = "test", PairCount = 1 };
            db.AssignmentBatches.Add(batch);
            var submissionId = setup.Submissions[submission - 1].Id;
            var reviewerId = setup.Reviewers[reviewer - 1].Id;
            db.Assignments.Add(new ReviewerAssignment { CallId = setup.Call.Id, SubmissionId = submissionId, ReviewerId = reviewerId, BatchId = batch.Id, CreatedAt = now });
            db.Reviews.Add(new Review
            {
                CallId = setup.Call.Id, SubmissionId = submissionId, ReviewerId = reviewerId, Overall = overall, Confidence = confidence,
                Scores = new() { ["relevance"] = 4 }, CommentsToAuthors = comments, ConfidentialComments = confidential,
                CreatedAt = now, UpdatedAt = now, SubmittedAt = submitted ? now : null,
            });
            await db.SaveChangesAsync();
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            return 0;
        });

    public static Task<int> RunNotificationsJobAsync(this AppFixture app) =>
        app.WithScopeAsync(s => s.GetRequiredService<SendDecisionNotificationsJob>().RunAsync(CancellationToken.None));

    /// <summary>Delivers everything due, moving the clock past the pacing (one message a second by default) and any retry backoff.</summary>
    public static async Task<int> DeliverAllAsync(this AppFixture app, TimeSpan? advance = null)
    {
        app.Clock.Advance(advance ?? TimeSpan.FromMinutes(5));
        var total = 0;
        while (await app.DeliverMailAsync() is var sent and > 0)
        {
            total += sent;
        }
        return total;
    }

    public static async Task<HttpResponseMessage> DecideAsync(this WebSession session, DecisionCall setup, string outcome, params int[] numbers) =>
        await session.PostFieldsAsync(setup.Dashboard, $"{setup.Dashboard}/decide",
            [new("outcome", outcome), .. numbers.Select(n => new KeyValuePair<string, string>("ids", setup.Submissions[n - 1].Id.ToString()))]);
}
