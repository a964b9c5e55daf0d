using System.Text.Json;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Reviewing.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>What authors will read: submitted reviews as "Reviewer 1, 2", in a stable order, without who wrote them or what was confidential.</summary>
[Collection(AppCollection.Name)]
public sealed class ReviewsForAuthorsTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 9, 12, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Submitted_reviews_are_labelled_in_the_order_begun_with_scores_and_comments_only()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1, scene.Paper2);
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper1, scene.Paper2);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        using var sam = await app.SignedInAsync("sam@uni-b.edu");

        var ritaDraft = ReviewData.FullReview(comments: "Rita: the bound in Theorem 1 is new.");
        ritaDraft["Intent"] = "draft";
        using (var r = await rita.PostFormAsync(scene.ReviewUrl(1), ritaDraft)) { }
        app.Clock.Freeze(app.Clock.GetUtcNow().AddHours(1));
        using (var r = await sam.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview(comments: "Sam: please define the width.", overall: 6))) { }
        using (var r = await sam.PostFormAsync(scene.ReviewUrl(2), ReviewData.FullReview(comments: "Sam on paper two."))) { }

        var before = await ReviewsAsync(scene.Paper1);
        Assert.Equal("Reviewer 1", Assert.Single(before).Label); // a draft is not shown

        app.Clock.Freeze(app.Clock.GetUtcNow().AddHours(1));
        using (var r = await rita.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview(comments: "Rita: the bound in Theorem 1 is new.", overall: 9))) { }
        // Sam edits and resubmits later: the order stays the order the reviews were begun.
        app.Clock.Freeze(app.Clock.GetUtcNow().AddHours(1));
        using (var r = await sam.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview(comments: "Sam: please define the width, and the depth.", overall: 6))) { }

        var reviews = await ReviewsAsync(scene.Paper1);
        Assert.Equal(["Reviewer 1", "Reviewer 2"], reviews.Select(r => r.Label));
        Assert.Equal("Rita: the bound in Theorem 1 is new.", reviews[0].CommentsToAuthors);
        Assert.Equal(9, reviews[0].Overall!.Value);
        Assert.Equal((1, 10, "Overall"), (reviews[0].Overall!.Min, reviews[0].Overall!.Max, reviews[0].Overall!.Label));
        Assert.Equal(["Relevance", "Novelty", "Rigor", "Clarity"], reviews[1].Scores.Select(s => s.Label));
        Assert.Equal("Sam: please define the width, and the depth.", reviews[1].CommentsToAuthors);
        Assert.Equal(4, reviews[1].Confidence!.Value);

        var json = JsonSerializer.Serialize(await app.WithScopeAsync(s => s.GetRequiredService<ReviewsForAuthors>().ForCallAsync(scene.CallId)));
        Assert.DoesNotContain("Possibly a known group.", json);
        foreach (var secret in new[] { "Rita Reviewer", "rita@uni-a.edu", "Sam Reviewer", "sam@uni-b.edu", scene.Rita.ToString(), scene.Sam.ToString() })
        {
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal("Reviewer 1", Assert.Single(await ReviewsAsync(scene.Paper2)).Label);
        Assert.Empty(await ReviewsAsync(scene.Paper3));
    }

    private Task<IReadOnlyList<ReviewForAuthors>> ReviewsAsync(Guid submissionId) =>
        app.WithScopeAsync(s => s.GetRequiredService<ReviewsForAuthors>().ForSubmissionAsync(submissionId));
}
