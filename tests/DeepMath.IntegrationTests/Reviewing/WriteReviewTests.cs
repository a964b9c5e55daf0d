using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>A reviewer drafts, submits and edits a review until the deadline's last instant; others get 404.</summary>
[Collection(AppCollection.Name)]
public sealed class WriteReviewTests(AppFixture app) : IAsyncLifetime
{
    private static readonly DateTimeOffset _reviewTime = new(2025, 9, 12, 12, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => app.ResetAsync(_reviewTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_partial_draft_is_saved_and_a_failed_submit_keeps_what_was_written()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var url = scene.ReviewUrl(1);

        using var draft = await rita.PostFormAsync(url, new Dictionary<string, string> { ["Scores[rigor]"] = "4", ["ConfidentialComments"] = "Check lemma 2.", ["Intent"] = "draft" });
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var saved = await app.ReviewOfAsync(scene.Rita, scene.Paper1);
        Assert.NotNull(saved);
        Assert.Null(saved.SubmittedAt);
        Assert.Equal(4, saved.Scores["rigor"]);
        Assert.Null(saved.Overall);
        Assert.Contains("Draft saved", (await rita.GetAsync(url)).Html);

        var attempt = ReviewData.FullReview(comments: "  ");
        attempt["ConfidentialComments"] = "Check lemma 2, and lemma 3.";
        attempt["Scores[rigor]"] = "9";
        using var failed = await rita.PostFormAsync(url, attempt);
        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        var html = WebUtility.HtmlDecode(await failed.Content.ReadAsStringAsync());
        Assert.Contains("Write comments to the authors before submitting", html);
        Assert.Contains("Rigor is a whole number from 1 to 5; \"9\" is not.", html);
        Assert.Contains("saved as a draft", html);
        Assert.Contains("Check lemma 2, and lemma 3.", html);
        saved = await app.ReviewOfAsync(scene.Rita, scene.Paper1);
        Assert.Null(saved!.SubmittedAt);
        Assert.Equal("Check lemma 2, and lemma 3.", saved.ConfidentialComments);
        Assert.Equal(4, saved.Scores["rigor"]); // the bad value did not replace the saved one
        Assert.Equal(8, saved.Overall);
    }

    [Fact]
    public async Task A_review_is_submitted_edited_until_the_last_instant_and_read_only_after()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var url = scene.ReviewUrl(1);

        using var submitted = await rita.PostFormAsync(url, ReviewData.FullReview());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var review = await app.ReviewOfAsync(scene.Rita, scene.Paper1);
        Assert.Equal(_reviewTime, review!.SubmittedAt);
        Assert.Equal(5, review.Scores["relevance"]);
        Assert.Equal("Clear and new.", review.CommentsToAuthors);

        // A failed change to a submitted review changes nothing and leaves it submitted.
        var broken = ReviewData.FullReview(comments: "Changed my mind.");
        broken["Overall"] = "11";
        using var refused = await rita.PostFormAsync(url, broken);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Overall is a whole number from 1 to 10", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        review = await app.ReviewOfAsync(scene.Rita, scene.Paper1);
        Assert.NotNull(review!.SubmittedAt);
        Assert.Equal("Clear and new.", review.CommentsToAuthors);

        app.Clock.Freeze(ReviewScene.DueAt.AddMilliseconds(-1));
        using var lastInstant = await rita.PostFormAsync(url, ReviewData.FullReview(comments: "Final words.", overall: 9));
        Assert.Equal(HttpStatusCode.Redirect, lastInstant.StatusCode);
        review = await app.ReviewOfAsync(scene.Rita, scene.Paper1);
        Assert.Equal("Final words.", review!.CommentsToAuthors);
        Assert.Equal(9, review.Overall);
        Assert.Contains("Saturday 20 September 2025, 23:59 (America/New_York)", (await rita.GetAsync(url)).Html);

        var (_, form) = await rita.GetAsync(url);
        app.Clock.Freeze(ReviewScene.DueAt);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var late = ReviewData.FullReview(comments: "Too late.");
        late["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        using var tooLate = await rita.Client.PostAsync(url, new FormUrlEncodedContent(late));
        Assert.Equal(HttpStatusCode.Redirect, tooLate.StatusCode);
        Assert.Equal("Final words.", (await app.ReviewOfAsync(scene.Rita, scene.Paper1))!.CommentsToAuthors);
        var (_, readOnly) = await rita.GetAsync(url);
        Assert.Contains("The review deadline has passed: this review can no longer be changed.", WebUtility.HtmlDecode(readOnly));
        Assert.Contains("data-testid=\"read-only\"", readOnly);
        Assert.DoesNotContain("<textarea", readOnly);
    }

    [Fact]
    public async Task An_unfinished_review_can_still_be_submitted_late_until_decisions_begin()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1, scene.Paper2);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");

        app.Clock.Freeze(ReviewScene.DueAt.AddDays(2));
        Assert.Contains("The deadline has passed: please submit your review", WebUtility.HtmlDecode((await rita.GetAsync(scene.ReviewUrl(1))).Html));
        using var late = await rita.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview());
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.NotNull((await app.ReviewOfAsync(scene.Rita, scene.Paper1))!.SubmittedAt);

        // Decisions are sent on 2025-10-01 in New York: from its first instant, nothing changes.
        var (_, open) = await rita.GetAsync(scene.ReviewUrl(2));
        app.Clock.Freeze(new DateTimeOffset(2025, 10, 1, 4, 0, 0, TimeSpan.Zero));
        var token = System.Text.RegularExpressions.Regex.Match(open, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var body = ReviewData.FullReview();
        body["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        using var locked = await rita.Client.PostAsync(scene.ReviewUrl(2), new FormUrlEncodedContent(body));
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Null(await app.ReviewOfAsync(scene.Rita, scene.Paper2));
        Assert.Contains("data-testid=\"read-only\"", (await rita.GetAsync(scene.ReviewUrl(2))).Html);
    }

    [Fact]
    public async Task Unassigned_conflicted_missing_and_non_reviewer_pages_answer_404_and_no_author_shows()
    {
        var scene = await app.ReviewSceneAsync();
        // Paper 3 is assigned to Rita but written at her own domain: the conflict wins.
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1, scene.Paper3);
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper2);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");

        var (status, html) = await rita.GetAsync(scene.ReviewUrl(1));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Abstract 1: Wide networks", html);
        Assert.Contains("Optimization", html);
        foreach (var (name, email, affiliation) in ReviewScene.Authors)
        {
            foreach (var secret in new[] { name, email, affiliation, email.Split('@')[1] })
            {
                Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
            }
        }
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync(scene.ReviewUrl(2))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync(scene.ReviewUrl(3))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync(scene.ReviewUrl(99))).Status);

        var (_, page) = await rita.GetAsync(scene.ReviewUrl(1));
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var body = ReviewData.FullReview();
        body["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        using var posted = await rita.Client.PostAsync(scene.ReviewUrl(2), new FormUrlEncodedContent(body));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Null(await app.ReviewOfAsync(scene.Rita, scene.Paper2));

        using var olga = await app.SignedInAsync("olga@deepmath.org");
        Assert.Equal(HttpStatusCode.NotFound, (await olga.GetAsync(scene.ReviewUrl(1))).Status);
        using var anonymous = app.NewSession();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(scene.ReviewUrl(1))).Status);
    }
}
