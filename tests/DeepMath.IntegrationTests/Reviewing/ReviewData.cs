using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// A call under review: an organizer, two reviewers (Rita and Sam), three submitted abstracts, and
/// reviews due 2025-09-20 in New York (the last on-time instant is 2025-09-21 03:59:59.999 UTC).
/// </summary>
public sealed record ReviewScene(Guid CallId, Guid Rita, Guid Sam, Guid Paper1, Guid Paper2, Guid Paper3)
{
    public static readonly DateOnly DueOn = new(2025, 9, 20);
    public static readonly DateTimeOffset DueAt = new(2025, 9, 21, 4, 0, 0, TimeSpan.Zero);
    public static readonly (string Name, string Email, string Affiliation)[] Authors =
        [("Ada Quill", "ada@quill-lab.org", "Quill Laboratory"), ("Ben Marsh", "ben@marsh.edu", "Marsh Institute of Technology")];

    public string ReviewUrl(int number) => $"/calls/{CallId}/assigned/{number}/review";
}

public static class ReviewData
{
    public static async Task<ReviewScene> ReviewSceneAsync(this AppFixture app)
    {
        var organizer = await app.CreateUserAsync("olga@deepmath.org", name: "Olga Organizer");
        var rita = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var sam = await app.CreateUserAsync("sam@uni-b.edu", name: "Sam Reviewer");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var r = await app.AddReviewerAsync(call.Id, rita.Id);
        var s = await app.AddReviewerAsync(call.Id, sam.Id);
        var p1 = await app.SubmitAsync(call.Id, 1, "Wide networks", ["Optimization"], ReviewScene.Authors);
        var p2 = await app.SubmitAsync(call.Id, 2, "Sharp minima", ["Generalization"], ("Cy Kernel", "cy@kernel.org", "Kernel College"));
        // Written at Rita's own domain: a holding conflict for her.
        var p3 = await app.SubmitAsync(call.Id, 3, "Our own result", ["Optimization"], ("Col League", "col@uni-a.edu", "Uni A"));
        await app.SetReviewsDueAsync(call.Id, ReviewScene.DueOn);
        return new ReviewScene(call.Id, r.Id, s.Id, p1.Id, p2.Id, p3.Id);
    }

    public static Task SetReviewsDueAsync(this AppFixture app, Guid callId, DateOnly? dueOn, Action<ReviewSettings>? change = null) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var settings = await db.ReviewSettings.SingleOrDefaultAsync(s => s.CallId == callId);
            if (settings is null)
            {
                settings = new ReviewSettings { CallId = callId };
                db.ReviewSettings.Add(settings);
            }
            settings.ReviewsDueOn = dueOn;
            change?.Invoke(settings);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>Assigns directly, as the assignment pages will, with a manual batch for the log.</summary>
    public static Task AssignToReviewAsync(this AppFixture app, Guid callId, Guid reviewerId, params Guid[] submissionIds) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var batch = new AssignmentBatch { CallId = callId, Kind = AssignmentBatchKind.ManualAdd, Summary = "test", PairCount = submissionIds.Length };
            db.AssignmentBatches.Add(batch);
            foreach (var id in submissionIds)
            {
                db.Assignments.Add(new ReviewerAssignment { CallId = callId, SubmissionId = id, ReviewerId = reviewerId, BatchId = batch.Id });
            }
            await db.SaveChangesAsync();
            return 0;
        });

    public static Task<Review?> ReviewOfAsync(this AppFixture app, Guid reviewerId, Guid submissionId) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Reviews.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ReviewerId == reviewerId && r.SubmissionId == submissionId));

    /// <summary>A complete answer to the default form.</summary>
    public static Dictionary<string, string> FullReview(string comments = "Clear and new.", int overall = 8) => new()
    {
        ["Scores[relevance]"] = "5", ["Scores[novelty]"] = "4", ["Scores[rigor]"] = "3", ["Scores[clarity]"] = "4",
        ["Overall"] = overall.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Confidence"] = "4",
        ["CommentsToAuthors"] = comments, ["ConfidentialComments"] = "Possibly a known group.", ["Intent"] = "submit",
    };
}
