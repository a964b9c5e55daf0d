using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Organizers see how far reviews are and remind one reviewer by hand, once per click.</summary>
[Collection(AppCollection.Name)]
public sealed partial class ReviewProgressTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 9, 12, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Progress_counts_per_reviewer_and_per_submission_and_overdue_after_the_deadline()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1, scene.Paper2);
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper1, scene.Paper2, scene.Paper3);
        using (var rita = await app.SignedInAsync("rita@uni-a.edu"))
        {
            using var done = await rita.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview());
            var draft = ReviewData.FullReview();
            draft["Intent"] = "draft";
            using var half = await rita.PostFormAsync(scene.ReviewUrl(2), draft);
        }
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var url = $"/calls/{scene.CallId}/review-progress";

        var (status, html) = await olga.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("1 of 5 assigned reviews submitted.", html);
        // Assigned, not started, drafts, submitted, late, overdue.
        Assert.Equal(["2", "0", "1", "1", "0", "0"], Cells(html, scene.Rita));
        Assert.Equal(["3", "3", "0", "0", "0", "0"], Cells(html, scene.Sam));
        Assert.Equal("1 / 2 (wants 3)", Ratio(html, 1));
        Assert.Equal("0 / 2 (wants 3)", Ratio(html, 2));
        Assert.Equal("0 / 1 (wants 3)", Ratio(html, 3));

        // After the deadline Sam's three are overdue; one submitted late counts as late.
        app.Clock.Freeze(ReviewScene.DueAt + TimeSpan.FromHours(1));
        using (var sam = await app.SignedInAsync("sam@uni-b.edu"))
        {
            using var late = await sam.PostFormAsync(scene.ReviewUrl(3), ReviewData.FullReview());
            Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        }
        (_, html) = await olga.GetAsync(url);
        Assert.Equal(["3", "2", "0", "1", "1", "2"], Cells(html, scene.Sam));
        Assert.Equal(["2", "0", "1", "1", "0", "1"], Cells(html, scene.Rita));
        Assert.Contains("passed", html);
    }

    [Fact]
    public async Task A_reminder_by_hand_is_queued_once_per_click_and_not_for_a_finished_reviewer()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper2);
        await app.AssignToReviewAsync(scene.CallId, scene.Rita, scene.Paper1);
        using (var rita = await app.SignedInAsync("rita@uni-a.edu"))
        {
            using var done = await rita.PostFormAsync(scene.ReviewUrl(1), ReviewData.FullReview());
        }
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var url = $"/calls/{scene.CallId}/review-progress";
        var (_, page) = await olga.GetAsync(url);
        Assert.DoesNotContain($"name=\"reviewerId\" value=\"{scene.Rita}\"", page); // nothing to remind Rita of
        var click = ClickPattern().Match(page).Groups[1].Value;
        var fields = new Dictionary<string, string> { ["reviewerId"] = scene.Sam.ToString(), ["click"] = click };

        using var first = await olga.PostFormAsync(url, $"{url}/remind", fields);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var again = await olga.PostFormAsync(url, $"{url}/remind", fields);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("That reminder was already sent.", (await olga.GetAsync(url)).Html);
        Assert.Equal(1, await OutboxCountAsync());

        var (_, fresh) = await olga.GetAsync(url);
        using var second = await olga.PostFormAsync(url, $"{url}/remind", new Dictionary<string, string> { ["reviewerId"] = scene.Sam.ToString(), ["click"] = ClickPattern().Match(fresh).Groups[1].Value });
        Assert.Equal(2, await OutboxCountAsync());

        using var none = await olga.PostFormAsync(url, $"{url}/remind", new Dictionary<string, string> { ["reviewerId"] = scene.Rita.ToString(), ["click"] = Guid.NewGuid().ToString() });
        Assert.Contains("no unfinished reviews", (await olga.GetAsync(url)).Html);
        Assert.Equal(2, await OutboxCountAsync());

        Assert.Equal(2, await app.DeliverMailAsync());
        var mail = app.Smtp.To("sam@uni-b.edu")[0];
        Assert.Equal("DeepMath 2025: a reminder about your reviews", mail.Subject);
        Assert.Contains("Abstract 2, \"Sharp minima\"", mail.TextBody);

        using var rita2 = await app.SignedInAsync("rita@uni-a.edu");
        var (_, ritaPage) = await rita2.GetAsync($"/calls/{scene.CallId}/assigned/1/review");
        var token = Regex.Match(ritaPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var forbidden = await rita2.Client.PostAsync($"{url}/remind", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["reviewerId"] = scene.Sam.ToString(), ["click"] = Guid.NewGuid().ToString(), ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);
        Assert.Equal(2, await OutboxCountAsync());
    }

    /// <summary>The number cells of a reviewer's row.</summary>
    private static string[] Cells(string html, Guid reviewerId)
    {
        var row = Regex.Match(html, $"<tr data-reviewer=\"{reviewerId}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        return [.. Regex.Matches(row, "<td[^>]*>\\s*(\\d+)\\s*</td>").Select(m => m.Groups[1].Value)];
    }

    /// <summary>The submitted / assigned cell of a submission's row.</summary>
    private static string Ratio(string html, int number) =>
        Regex.Match(html, $"<tr data-submission=\"{number}\">.*?<td[^>]*>\\s*(\\d+ / \\d+[^<]*)</td>\\s*</tr>", RegexOptions.Singleline).Groups[1].Value.Trim();

    private Task<int> OutboxCountAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().OutboxMessages.CountAsync());

    [GeneratedRegex("name=\"click\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex ClickPattern();
}
