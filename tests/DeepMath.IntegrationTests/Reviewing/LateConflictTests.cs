using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// Conflicts declared late go to the organizers: an author's tick after the submission deadline is a request, and a
/// reviewer's change to affiliations, domains or declared people after the call closed changes nothing they see.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class LateConflictTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_author_conflict_after_the_deadline_is_a_request_and_once_granted_the_reviewer_is_told_why_the_abstract_left()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var author = await app.CreateUserAsync("alan@uni-x.edu", name: "Alan Author");
        var ritaUser = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var samUser = await app.CreateUserAsync("sam@uni-s.edu", name: "Sam Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var rita = await app.AddReviewerAsync(call.Id, ritaUser.Id);
        var sam = await app.AddReviewerAsync(call.Id, samUser.Id);
        var submission = await app.SubmitAsync(call.Id, 1, "Alan's abstract", ["Optimization"], ("Alan Author", "alan@uni-x.edu", "Uni X"));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            await db.Submissions.Where(x => x.Id == submission.Id).ExecuteUpdateAsync(x => x.SetProperty(p => p.OwnerId, author.Id));
            var batch = new AssignmentBatch { CallId = call.Id, Kind = AssignmentBatchKind.ManualAdd, Summary = "By hand", CreatedAt = ReviewingData.BiddingTime };
            db.AssignmentBatches.Add(batch);
            foreach (var reviewer in new[] { rita, sam })
            {
                db.Assignments.Add(new ReviewerAssignment { CallId = call.Id, SubmissionId = submission.Id, ReviewerId = reviewer.Id, BatchId = batch.Id });
            }
            db.Reviews.Add(new Review
            {
                CallId = call.Id, SubmissionId = submission.Id, ReviewerId = rita.Id, Overall = 6, Confidence = 3, CommentsToAuthors = "Solid.",
                CreatedAt = ReviewingData.BiddingTime, UpdatedAt = ReviewingData.BiddingTime, SubmittedAt = ReviewingData.BiddingTime,
            });
            return await db.SaveChangesAsync();
        });
        using var alan = await app.SignedInAsync("alan@uni-x.edu");
        var page = $"/submissions/{submission.Id}";
        Assert.Contains("a conflict you tick now is a request", (await alan.GetAsync(page)).Html);

        using var ticked = await alan.PostFieldsAsync(page, $"{page}/conflicts", [new("reviewers", rita.Id.ToString()), new("reviewers", sam.Id.ToString())]);
        var html = WebUtility.HtmlDecode((await alan.GetAsync(page)).Html);
        Assert.Contains("2 conflict(s) declared after the submission deadline are requests", html);
        Assert.Equal(2, Regex.Matches(html, "data-testid=\"conflict-requested\"").Count);
        using var ritaSession = await app.SignedInAsync("rita@uni-a.edu");
        var review = $"/calls/{call.Id}/assigned/1/review";
        Assert.Equal(HttpStatusCode.OK, (await ritaSession.GetAsync(review)).Status); // a request takes nobody off

        using var olga = await app.SignedInAsync("olga@example.org");
        var late = $"/calls/{call.Id}/late-conflicts";
        var (_, requests) = await olga.GetAsync(late);
        Assert.Contains("From authors (2)", requests);
        Assert.Contains("review written", requests);
        await DecideAsync(olga, late, submission.Id, rita.Id, "grant");
        await DecideAsync(olga, late, submission.Id, sam.Id, "refuse");

        var (status, gone) = await ritaSession.GetAsync(review);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("recorded a conflict of interest between you and abstract 1", WebUtility.HtmlDecode(gone));
        Assert.Contains("Your review stays with the organizers", gone);
        Assert.Equal(HttpStatusCode.Gone, (await ritaSession.GetAsync($"/calls/{call.Id}/assigned/{submission.Id}")).Status);
        Assert.Contains("Taken off your list", (await ritaSession.GetAsync($"/calls/{call.Id}/assigned")).Html);
        using var samSession = await app.SignedInAsync("sam@uni-s.edu");
        Assert.Equal(HttpStatusCode.OK, (await samSession.GetAsync(review)).Status);

        html = (await alan.GetAsync(page)).Html;
        Assert.Contains("refused by the organizers", html);
        using var untick = await alan.PostFieldsAsync(page, $"{page}/conflicts", []);
        Assert.Contains("1 conflict(s) declared before the deadline stay", WebUtility.HtmlDecode((await alan.GetAsync(page)).Html));
        Assert.Equal(HttpStatusCode.Gone, (await ritaSession.GetAsync(review)).Status);
    }

    [Fact]
    public async Task After_the_call_closes_a_reviewers_profile_guess_changes_nothing_they_see_and_goes_to_the_organizers()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var ritaUser = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        await app.AddReviewerAsync(call.Id, ritaUser.Id, r => { r.ExpertiseTopics = ["Optimization"]; r.MaxLoad = 5; });
        await app.SubmitAsync(call.Id, 1, "Rival work", ["Optimization"], ("Ron Rival", "ron@r-lab.org", "R Lab"));
        await app.SubmitAsync(call.Id, 2, "Other work", ["Optimization"], ("Gil", "gil@g-lab.org", "G Lab"));
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var bidding = $"/calls/{call.Id}/bidding";
        Assert.Equal(new[] { 1, 2 }, await NumbersAsync(rita, bidding));

        var profile = $"/calls/{call.Id}/reviewing/profile";
        using var guess = await rita.PostFieldsAsync(profile, profile,
            [new("Topics", "Optimization"), new("MaxLoad", "5"), new("DeclaredPeople", "ron@r-lab.org"), new("EmailDomains", "g-lab.org")]);
        Assert.Equal(HttpStatusCode.Redirect, guess.StatusCode);
        var html = WebUtility.HtmlDecode((await rita.GetAsync(profile)).Html);
        Assert.Contains("they went to the organizers as declared conflicts", html);
        Assert.Contains("People: ron@r-lab.org", html);
        Assert.Equal(new[] { 1, 2 }, await NumbersAsync(rita, bidding));

        using var olga = await app.SignedInAsync("olga@example.org");
        var late = $"/calls/{call.Id}/late-conflicts";
        var (_, page) = await olga.GetAsync(late);
        page = WebUtility.HtmlDecode(page);
        Assert.Contains("From reviewers' profiles (1)", page);
        Assert.Contains("Rita Reviewer", page);
        Assert.Contains("Applying it takes the reviewer off: 1. Rival work; 2. Other work.", page);
        var change = Regex.Match(page, "late-conflicts/profiles/([0-9a-f-]{36})").Groups[1].Value;
        using var applied = await olga.PostFormAsync(late, $"{late}/profiles/{change}", new Dictionary<string, string> { ["decision"] = "apply" });
        Assert.Contains("The change is applied", (await olga.GetAsync(late)).Html);
        Assert.Empty(await NumbersAsync(rita, bidding));

        // Before the call closes, the profile changes at once, as it always did.
        app.Clock.Freeze(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));
        using var early = await rita.PostFieldsAsync(profile, profile, [new("Topics", "Optimization"), new("MaxLoad", "5")]);
        Assert.Contains("Your reviewer profile is saved.", (await rita.GetAsync(profile)).Html);
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().ProfileChanges.CountAsync(c => c.State == ProfileChangeState.Open)));
    }

    private static async Task DecideAsync(WebSession olga, string late, Guid submissionId, Guid reviewerId, string decision)
    {
        using var response = await olga.PostFormAsync(late, $"{late}/authors", new Dictionary<string, string>
        {
            ["submissionId"] = submissionId.ToString(), ["reviewerId"] = reviewerId.ToString(), ["decision"] = decision,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<int[]> NumbersAsync(WebSession session, string url)
    {
        var (status, html) = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. NumberPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex("<article class=\"card mb-3\" id=\"s\\d+\" data-number=\"(\\d+)\"")]
    private static partial Regex NumberPattern();
}
