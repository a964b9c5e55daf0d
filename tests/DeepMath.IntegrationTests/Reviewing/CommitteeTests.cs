using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Organizers build a call's committee from existing accounts; nobody else sees it.</summary>
[Collection(AppCollection.Name)]
public sealed class CommitteeTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_organizer_adds_lists_and_removes_reviewers_and_a_stranger_gets_404()
    {
        var organizer = await app.CreateUserAsync("olga@example.org", name: "Olga Organizer");
        await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        await app.CreateUserAsync("eve@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var page = $"/calls/{call.Id}/reviewers";
        using var olga = await app.SignedInAsync("olga@example.org");

        using var added = await olga.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["email"] = " RITA@uni-a.edu " });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (_, list) = await olga.GetAsync(page);
        Assert.Contains("Rita Reviewer is a reviewer of the Call for abstracts.", list);
        Assert.Contains("<td>rita@uni-a.edu</td>", list);

        using var twice = await olga.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["email"] = "rita@uni-a.edu" });
        Assert.Contains("already a reviewer", (await olga.GetAsync(page)).Html);

        using var unknown = await olga.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["email"] = "nobody@uni-a.edu" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("No account uses nobody@uni-a.edu.", await unknown.Content.ReadAsStringAsync());
        using var empty = await olga.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["email"] = "" });
        Assert.Contains("Enter the e-mail address", await empty.Content.ReadAsStringAsync());

        using var eve = await app.SignedInAsync("eve@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync(page)).Status);
        using var sneaky = await eve.PostFormAsync("/reviewing", $"{page}/add", new Dictionary<string, string> { ["email"] = "eve@example.org" });
        Assert.Equal(HttpStatusCode.NotFound, sneaky.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/calls/{call.Id}/conflicts")).Status);

        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync(page)).Status);
        Assert.Contains("Call for abstracts", (await rita.GetAsync("/reviewing")).Html);

        var reviewerId = System.Text.RegularExpressions.Regex.Match(list, "name=\"reviewerId\" value=\"([^\"]+)\"").Groups[1].Value;
        using var removed = await olga.PostFormAsync(page, $"{page}/remove", new Dictionary<string, string> { ["reviewerId"] = reviewerId, ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("<td>rita@uni-a.edu</td>", (await olga.GetAsync(page)).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"/calls/{call.Id}/bidding")).Status);
    }

    [Fact]
    public async Task Removing_a_reviewer_who_wrote_a_review_is_explained_not_refused_by_the_database()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1, scene.Paper2);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var now = app.Clock.GetUtcNow();
            db.Reviews.Add(new Review { CallId = scene.CallId, SubmissionId = scene.Paper1, ReviewerId = scene.Rita, Overall = 7, CreatedAt = now, UpdatedAt = now, SubmittedAt = now });
            await db.SaveChangesAsync();
            return 0;
        });
        var page = $"/calls/{scene.CallId}/reviewers";
        using var olga = await app.SignedInAsync("olga@deepmath.org");

        foreach (var confirmed in new[] { "false", "true" })
        {
            using var removed = await olga.PostFormAsync(page, $"{page}/remove", new Dictionary<string, string> { ["reviewerId"] = scene.Rita.ToString(), ["confirmed"] = confirmed });
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
            var (status, list) = await olga.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("Rita Reviewer has written 1 review for this call (1 submitted, 0 in draft); reviews stay part of the record, so their author stays on the committee.", list);
            Assert.Contains("take them off the 1 abstract they have not started", list);
            Assert.Contains("<td>rita@uni-a.edu</td>", list);
        }
        var (reviewers, assignments, reviews) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            return (await db.Reviewers.CountAsync(r => r.Id == scene.Rita), await db.Assignments.CountAsync(a => a.ReviewerId == scene.Rita), await db.Reviews.CountAsync());
        });
        Assert.Equal((1, 2, 1), (reviewers, assignments, reviews));

        // Sam wrote nothing: he is removed after the confirmation page, as before.
        using var sam = await olga.PostFormAsync(page, $"{page}/remove", new Dictionary<string, string> { ["reviewerId"] = scene.Sam.ToString(), ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, sam.StatusCode);
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Reviewers.CountAsync(r => r.Id == scene.Sam)));
    }
}
