using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Bidding on the blinded list: saved by form post or by the script's fetch, changed, and never showing an author.</summary>
[Collection(AppCollection.Name)]
public sealed class BiddingTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string Name, string Email, string Affiliation)[] _authors =
    [
        ("Ada Quill", "ada@quill-lab.org", "Quill Laboratory"), ("Ben Marsh", "ben@marsh.edu", "Marsh Institute of Technology"),
    ];

    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_bid_is_saved_by_form_post_changed_by_fetch_and_refused_when_out_of_range()
    {
        var (call, submissionId, _) = await ArrangeAsync();
        var list = $"/calls/{call}/bidding";
        using var rita = await app.SignedInAsync("rita@uni-a.edu");

        using var posted = await rita.PostFormAsync(list, $"{list}/{submissionId}", new Dictionary<string, string> { ["value"] = "2", ["topic"] = "Optimization" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"{list}?topic=Optimization#s1", posted.Headers.Location!.OriginalString);
        Assert.Equal(BidValue.Eager, await BidAsync(submissionId));
        Assert.Contains("<option value=\"2\" selected=\"selected\">", (await rita.GetAsync(list)).Html);

        var (_, html) = await rita.GetAsync(list);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{list}/{submissionId}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["value"] = "-1", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var fetched = await rita.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        using var json = JsonDocument.Parse(await fetched.Content.ReadAsStringAsync());
        Assert.Equal(-1, json.RootElement.GetProperty("value").GetInt32());
        Assert.Equal(BidValue.Reluctant, await BidAsync(submissionId));

        using var wrong = await rita.PostFormAsync(list, $"{list}/{submissionId}", new Dictionary<string, string> { ["value"] = "3" });
        Assert.Contains("Choose a bid from eager (2) to not willing (−2).", WebUtility.HtmlDecode((await rita.GetAsync(list)).Html));
        Assert.Equal(BidValue.Reluctant, await BidAsync(submissionId));
        Assert.Contains("/js/bidding.js", html);
    }

    [Fact]
    public async Task A_conflicted_submission_is_hidden_and_answers_404_and_non_reviewers_get_404()
    {
        var (call, visible, conflicted) = await ArrangeAsync();
        var list = $"/calls/{call}/bidding";
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var (status, html) = await rita.GetAsync(list);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"{list}/{visible}", html);
        Assert.DoesNotContain(conflicted.ToString(), html);
        Assert.DoesNotContain("Our own result", html);
        Assert.Equal(HttpStatusCode.OK, (await rita.GetAsync($"{list}/{visible}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"{list}/{conflicted}")).Status);
        using var bid = await rita.PostFormAsync(list, $"{list}/{conflicted}", new Dictionary<string, string> { ["value"] = "2" });
        Assert.Equal(HttpStatusCode.NotFound, bid.StatusCode);
        Assert.Null(await BidAsync(conflicted));

        await app.CreateUserAsync("eve@example.org");
        using var eve = await app.SignedInAsync("eve@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync(list)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"{list}/{visible}")).Status);
    }

    [Fact]
    public async Task The_bidding_pages_show_no_author_name_email_or_affiliation_and_filter_by_topic_and_search()
    {
        var (call, visible, _) = await ArrangeAsync();
        await app.SubmitAsync(call, 3, "Kernels at width infinity", ["Generalization"], ("Cy Kernel", "cy@kernel.org", "Kernel College"));
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var pages = new[] { $"/calls/{call}/bidding", $"/calls/{call}/bidding/{visible}", $"/calls/{call}/bidding?topic=Optimization&q=width", "/reviewing" };
        foreach (var page in pages)
        {
            var (status, html) = await rita.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, status);
            foreach (var (name, email, affiliation) in _authors.Append(("Cy Kernel", "cy@kernel.org", "Kernel College")))
            {
                foreach (var secret in new[] { name, email, affiliation, email.Split('@')[1] })
                {
                    Assert.DoesNotContain(secret, html, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain(WebUtility.HtmlEncode(secret), html, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
        var (_, generalization) = await rita.GetAsync($"/calls/{call}/bidding?topic=Generalization");
        Assert.Contains("Kernels at width infinity", generalization);
        Assert.DoesNotContain("Wide networks", generalization);
        var (_, search) = await rita.GetAsync($"/calls/{call}/bidding?q=STUDIES+wide");
        Assert.Contains("Wide networks", search);
        Assert.DoesNotContain("Kernels at width infinity", search);
    }

    [Fact]
    public async Task Bidding_is_closed_while_the_call_accepts_submissions()
    {
        var (call, visible, _) = await ArrangeAsync();
        app.Clock.Freeze(new DateTimeOffset(2025, 8, 31, 23, 59, 59, 999, TimeSpan.Zero));
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var (_, html) = await rita.GetAsync($"/calls/{call}/bidding");
        Assert.Contains("Bidding is open from 2025-09-01 00:00 until 2025-10-01 00:00", html);
        Assert.DoesNotContain("Wide networks", html);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"/calls/{call}/bidding/{visible}")).Status);
    }

    /// <summary>Rita reviews the call; submission 1 is free of conflict, submission 2 is written by a colleague at her domain.</summary>
    private async Task<(Guid Call, Guid Visible, Guid Conflicted)> ArrangeAsync()
    {
        var user = await app.CreateUserAsync("rita@uni-a.edu");
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        await app.AddReviewerAsync(call.Id, user.Id);
        var visible = await app.SubmitAsync(call.Id, 1, "Wide networks", ["Optimization"], _authors);
        var conflicted = await app.SubmitAsync(call.Id, 2, "Our own result", ["Optimization"], ("Col League", "col@uni-a.edu", "Uni A"));
        return (call.Id, visible.Id, conflicted.Id);
    }

    private Task<BidValue?> BidAsync(Guid submissionId) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Bids.AsNoTracking()
            .Where(b => b.SubmissionId == submissionId).Select(b => (BidValue?)b.Value).SingleOrDefaultAsync());
}
