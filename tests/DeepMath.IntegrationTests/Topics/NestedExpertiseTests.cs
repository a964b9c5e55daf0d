using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DeepMath.IntegrationTests.Topics.NestedTopicsData;

namespace DeepMath.IntegrationTests.Topics;

/// <summary>
/// Reviewers declare expertise in sub-topics or whole areas; the assignment preview scores an exact sub-topic 1 and a
/// shared area 0.5; a single-blind call shows reviewers the authors, a double-blind one never.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class NestedExpertiseTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_profile_saves_sub_topics_and_whole_areas()
    {
        var user = await app.CreateUserAsync("rita@uni-a.edu");
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        await app.SetTopicsAsync(call.Id, CallTopics);
        var reviewer = await app.AddReviewerAsync(call.Id, user.Id);
        var page = $"/calls/{call.Id}/reviewing/profile";
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var (_, form) = await rita.GetAsync(page);
        Assert.Matches("for=\"topic-3\">Generalization\\s*<span[^>]*> \\(the whole area\\)</span>", form);
        Assert.Contains("counts half", form);

        using var saved = await rita.PostFieldsAsync(page, page, [new("Topics", ImplicitBias), new("Topics", Generalization), new("MaxLoad", "4")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Reviewers.AsNoTracking().SingleAsync(r => r.Id == reviewer.Id));
        Assert.Equal([ImplicitBias, Generalization], stored.ExpertiseTopics);
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(ImplicitBias)}\" id=\"topic-2\" checked=\"checked\"", (await rita.GetAsync(page)).Html);
    }

    /// <summary>
    /// One paper on the edge of stability, two reviews wanted; Exa lists it, Sib lists implicit bias (same area), Oth lists
    /// generalization. The best plan takes Exa (1) and Sib (0.5): 1.50 in all; with the partial weight broken it would be 1.00.
    /// </summary>
    [Fact]
    public async Task The_preview_scores_an_exact_sub_topic_fully_and_a_shared_area_half()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        await app.SetTopicsAsync(call.Id, CallTopics);
        await app.SetReviewsPerSubmissionAsync(call.Id, 2);
        foreach (var (email, name, topic) in new[] { ("exa@example.org", "Exa Exact", EdgeOfStability), ("sib@example.org", "Sib Sibling", ImplicitBias), ("oth@example.org", "Oth Other", Generalization) })
        {
            var user = await app.CreateUserAsync(email, name: name);
            await app.AddReviewerAsync(call.Id, user.Id, r => { r.ExpertiseTopics = [topic]; r.MaxLoad = 1; });
        }
        await app.SubmitAsync(call.Id, 1, "Sharpness", [EdgeOfStability], ("Pia One", "pia@one.org", "One Lab"));
        using var olga = await app.SignedInAsync("olga@example.org");

        var html = WebUtility.HtmlDecode((await olga.GetAsync($"/calls/{call.Id}/assignments/preview")).Html);

        Assert.Equal("1.50", Regex.Match(html, "data-testid=\"total-score\">([^<]*)<").Groups[1].Value.Trim());
        var proposed = Regex.Match(html, "data-testid=\"proposed\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td>1</td><td>Exa Exact</td><td>1.00</td>", proposed);
        Assert.Contains("<td>1</td><td>Sib Sibling</td><td>0.50</td>", proposed);
        Assert.DoesNotContain("Oth Other", proposed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reviewers_see_the_authors_in_a_single_blind_call_and_never_in_a_double_blind_one(bool doubleBlind)
    {
        var user = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        await app.SetTopicsAsync(call.Id, CallTopics, doubleBlind);
        var rita = await app.AddReviewerAsync(call.Id, user.Id);
        var submission = await app.SubmitAsync(call.Id, 1, "Sharpness", [EdgeOfStability], ("Samuel Okafor", "s.okafor@cs.example.com", "University of Toronto"));
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var batch = new AssignmentBatch { CallId = call.Id, Summary = "test" };
            db.AssignmentBatches.Add(batch);
            db.Assignments.Add(new ReviewerAssignment { CallId = call.Id, SubmissionId = submission.Id, ReviewerId = rita.Id, BatchId = batch.Id });
            return await db.SaveChangesAsync();
        });
        using var session = await app.SignedInAsync("rita@uni-a.edu");

        var (status, html) = await session.GetAsync($"/calls/{call.Id}/assigned/{submission.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Sharpness", html);
        if (doubleBlind)
        {
            Assert.DoesNotContain("Okafor", html);
            Assert.DoesNotContain("Toronto", html);
        }
        else
        {
            Assert.Contains("By Samuel Okafor (University of Toronto)", html);
            Assert.DoesNotContain("s.okafor@cs.example.com", html);
        }
    }
}
