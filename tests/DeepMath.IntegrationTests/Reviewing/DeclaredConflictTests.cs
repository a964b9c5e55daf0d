using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Reviewers declare conflicts while bidding, authors on the submission page; both hold and organizers cannot dismiss them.</summary>
[Collection(AppCollection.Name)]
public sealed partial class DeclaredConflictTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reviewer_declares_a_conflict_while_bidding_and_can_take_it_back()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var user = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        await app.AddReviewerAsync(call.Id, user.Id);
        await app.SubmitAsync(call.Id, 1, "Free", ["Optimization"], ("Gil", "gil@g-lab.org", "G Lab"));
        var rival = await app.SubmitAsync(call.Id, 2, "Rival work", ["Optimization"], ("Ron Rival", "ron@r-lab.org", "R Lab"));
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var bidding = $"/calls/{call.Id}/bidding";
        Assert.Equal(new[] { 1, 2 }, await NumbersAsync(rita, bidding));

        using var declared = await rita.PostFormAsync(bidding, $"{bidding}/{rival.Id}/conflict", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, declared.StatusCode);
        var (_, list) = await rita.GetAsync(bidding);
        Assert.Contains("You declared a conflict with abstract 2", list);
        Assert.Equal(new[] { 1 }, await NumbersAsync(rita, bidding));
        Assert.Contains("Abstract 2: Rival work", list);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"{bidding}/{rival.Id}")).Status);
        using var bid = await rita.PostFormAsync(bidding, $"{bidding}/{rival.Id}", new Dictionary<string, string> { ["value"] = "2" });
        Assert.Equal(HttpStatusCode.NotFound, bid.StatusCode);
        Assert.DoesNotContain("Ron Rival", list);

        var conflicts = $"/calls/{call.Id}/conflicts";
        using var olga = await app.SignedInAsync("olga@example.org");
        var (_, page) = await olga.GetAsync(conflicts);
        Assert.Contains("<td>declared by the reviewer</td>", page);
        Assert.Contains("<td>declared</td>", page);
        Assert.DoesNotContain("name=\"selected\"", page);
        var key = $"{Regex.Match(page, "data-key=\"([^\"]+)\"").Groups[1].Value}";
        Assert.EndsWith(".DeclaredByReviewer", key);
        using var dismiss = await olga.PostFieldsAsync(conflicts, conflicts, [new("selected", key), new("verdict", "dismiss")]);
        Assert.Contains("Conflicts that reviewers declared stand as declared", (await olga.GetAsync(conflicts)).Html);
        Assert.Equal(new[] { 1 }, await NumbersAsync(rita, bidding));

        using var takenBack = await rita.PostFormAsync(bidding, $"{bidding}/{rival.Id}/conflict/remove", new Dictionary<string, string>());
        Assert.Contains("Your declaration is taken back", (await rita.GetAsync(bidding)).Html);
        Assert.Equal(new[] { 1, 2 }, await NumbersAsync(rita, bidding));
        Assert.DoesNotContain("declared by the reviewer", (await olga.GetAsync(conflicts)).Html);

        var stranger = await app.SubmitAsync((await app.CreateEventAsync(slug: "elsewhere", zone: "UTC")).Call.Id, 1, "Elsewhere", ["Optimization"], ("X", "x@x.org", "X"));
        using var outside = await rita.PostFormAsync(bidding, $"{bidding}/{stranger.Id}/conflict", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task Authors_of_a_double_blind_call_tick_committee_members_and_those_reviewers_lose_the_abstract()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var author = await app.CreateUserAsync("alan@uni-x.edu", name: "Alan Author");
        var ritaUser = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var samUser = await app.CreateUserAsync("sam@uni-s.edu", name: "Sam Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var rita = await app.AddReviewerAsync(call.Id, ritaUser.Id, r => r.Affiliations = ["Uni A"]);
        var sam = await app.AddReviewerAsync(call.Id, samUser.Id);
        var submission = await app.SubmitAsync(call.Id, 1, "Alan's abstract", ["Optimization"], ("Alan Author", "alan@uni-x.edu", "Uni X"));
        await OwnAsync(submission.Id, author.Id);
        using var alan = await app.SignedInAsync("alan@uni-x.edu");
        var page = $"/submissions/{submission.Id}";
        // Authors' declarations hold at once until the submission deadline (later ones are requests: LateConflictTests).
        var beforeDeadline = new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero);
        app.Clock.Freeze(beforeDeadline);

        var (_, html) = await alan.GetAsync(page);
        Assert.Contains("Conflicts of interest with the review committee", html);
        Assert.Contains("Rita Reviewer (Uni A)", html);
        Assert.Contains("Sam Reviewer</label>", html);
        Assert.DoesNotContain("rita@uni-a.edu", html);

        using var saved = await alan.PostFieldsAsync(page, $"{page}/conflicts", [new("reviewers", rita.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        html = (await alan.GetAsync(page)).Html;
        Assert.Contains("you declare a conflict with 1 member(s) of the committee", html);
        Assert.Matches($"value=\"{rita.Id}\" id=\"conflict-\\d\" checked=\"checked\"", html);
        Assert.DoesNotMatch($"value=\"{sam.Id}\" id=\"conflict-\\d\" checked", html);

        using var olga = await app.SignedInAsync("olga@example.org");
        var (_, conflicts) = await olga.GetAsync($"/calls/{call.Id}/conflicts");
        Assert.Contains("<td>declared by the authors</td>", conflicts);
        Assert.Contains("Rita Reviewer", conflicts);
        app.Clock.Freeze(ReviewingData.BiddingTime);
        using var ritaSession = await app.SignedInAsync("rita@uni-a.edu");
        Assert.Empty(await NumbersAsync(ritaSession, $"/calls/{call.Id}/bidding"));
        using var samSession = await app.SignedInAsync("sam@uni-s.edu");
        Assert.Equal(new[] { 1 }, await NumbersAsync(samSession, $"/calls/{call.Id}/bidding"));

        app.Clock.Freeze(beforeDeadline);
        // A member no longer on the committee, or of another call, is refused with the reason; what was saved stays.
        using var forged = await alan.PostFieldsAsync(page, $"{page}/conflicts", [new("reviewers", Guid.NewGuid().ToString())]);
        Assert.Contains("one of the people is no longer on it", (await alan.GetAsync(page)).Html);
        Assert.Contains("<td>declared by the authors</td>", (await olga.GetAsync($"/calls/{call.Id}/conflicts")).Html);

        using var cleared = await alan.PostFieldsAsync(page, $"{page}/conflicts", []);
        Assert.Contains("you declare no conflict", (await alan.GetAsync(page)).Html);
        app.Clock.Freeze(ReviewingData.BiddingTime);
        Assert.Equal(new[] { 1 }, await NumbersAsync(ritaSession, $"/calls/{call.Id}/bidding"));

        using var reviewerTries = await ritaSession.PostFieldsAsync("/reviewing", $"{page}/conflicts", [new("reviewers", sam.Id.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, reviewerTries.StatusCode);

        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.Where(c => c.Id == call.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.DoubleBlind, false)));
        Assert.DoesNotContain("Conflicts of interest with the review committee", (await alan.GetAsync(page)).Html);
        using var notBlind = await alan.PostFieldsAsync(page, $"{page}/conflicts", [new("reviewers", rita.Id.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, notBlind.StatusCode);
    }

    private Task<int> OwnAsync(Guid submissionId, string ownerId) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Submissions.Where(x => x.Id == submissionId)
            .ExecuteUpdateAsync(x => x.SetProperty(p => p.OwnerId, ownerId)));

    private static async Task<int[]> NumbersAsync(WebSession session, string url)
    {
        var (status, html) = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. NumberPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex("<article class=\"card mb-3\" id=\"s\\d+\" data-number=\"(\\d+)\"")]
    private static partial Regex NumberPattern();
}
