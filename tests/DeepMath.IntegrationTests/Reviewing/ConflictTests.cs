using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>Organizers see every conflict with its reason and dismiss false positives in bulk; conflicts shape the bidding list.</summary>
[Collection(AppCollection.Name)]
public sealed partial class ConflictTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_kind_is_found_with_its_reason_and_dismissed_ones_come_back_into_the_bidding_list()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var user = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var (_, earlier) = await app.CreateEventAsync(slug: "deepmath-2024", zone: "UTC");
        await app.AddReviewerAsync(call.Id, user.Id, r =>
        {
            r.Affiliations = ["Université de Lyon"];
            r.DeclaredPeople = ["dora@declared.org"];
        });
        await app.SubmitAsync(earlier.Id, 1, "Old work", ["Optimization"], ("Rita Reviewer", "rita@uni-a.edu", "Uni A"), ("Cora Coauthor", "cora@c.org", "C Lab"));
        await app.SubmitAsync(call.Id, 1, "Own paper", ["Optimization"], ("Rita R.", "Rita@Uni-A.edu", "Uni A"));
        await app.SubmitAsync(call.Id, 2, "Same domain", ["Optimization"], ("Dan Domain", "dan@math.uni-a.edu", "Math Dept"));
        await app.SubmitAsync(call.Id, 3, "Same place", ["Generalization"], ("Ana Affil", "ana@lyon.fr", "universite de LYON"));
        await app.SubmitAsync(call.Id, 4, "Old friends", ["Optimization"], ("Cora Coauthor", "cora@c.org", "C Lab"));
        await app.SubmitAsync(call.Id, 5, "Declared", ["Optimization"], ("Dora Declared", "dora@declared.org", "D Lab"));
        await app.SubmitAsync(call.Id, 6, "Free of conflict", ["Optimization"], ("Gil Gmail", "gil@gmail.com", "G Lab"));

        var page = $"/calls/{call.Id}/conflicts";
        using var olga = await app.SignedInAsync("olga@example.org");
        var (status, html) = await olga.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, status);
        html = WebUtility.HtmlDecode(html);
        Assert.Contains("listed as author Rita R. <Rita@Uni-A.edu>", html);
        Assert.Contains("uni-a.edu and Dan Domain <dan@math.uni-a.edu>", html);
        Assert.Contains("\"universite de lyon\" with Ana Affil <ana@lyon.fr>", html);
        Assert.Contains("wrote another submission with Cora Coauthor <cora@c.org>", html);
        Assert.Contains("declared Dora Declared <dora@declared.org>", html);
        Assert.DoesNotContain("gil@gmail.com", html);
        var keys = KeyPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, keys.Count); // the declared conflict has no checkbox

        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        Assert.Equal(new[] { 6 }, await BiddingNumbersAsync(rita, call.Id));

        var domain = keys.Single(k => k.EndsWith(".SharedEmailDomain", StringComparison.Ordinal));
        var place = keys.Single(k => k.EndsWith(".SharedAffiliation", StringComparison.Ordinal));
        using var dismissed = await olga.PostFieldsAsync(page, page, [new("selected", domain), new("selected", place), new("verdict", "dismiss")]);
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        var after = (await olga.GetAsync(page)).Html;
        Assert.Contains("2 conflict(s) dismissed.", after);
        Assert.Equal(2, Regex.Matches(after, "<td>dismissed</td>").Count);
        Assert.Equal(new[] { 2, 3, 6 }, await BiddingNumbersAsync(rita, call.Id));

        using var confirmed = await olga.PostFieldsAsync(page, page, [new("selected", domain), new("verdict", "confirm")]);
        Assert.Contains("1 conflict(s) confirmed.", (await olga.GetAsync(page)).Html);
        Assert.Equal(new[] { 3, 6 }, await BiddingNumbersAsync(rita, call.Id));

        using var nothing = await olga.PostFieldsAsync(page, page, [new("verdict", "dismiss")]);
        Assert.Contains("Tick the conflicts to rule on first.", (await olga.GetAsync(page)).Html);
        using var forged = await olga.PostFieldsAsync(page, page, [new("selected", domain.Replace("SharedEmailDomain", "DeclaredPerson", StringComparison.Ordinal)), new("verdict", "dismiss")]);
        Assert.Contains("no longer exists", WebUtility.HtmlDecode((await olga.GetAsync(page)).Html));
        using var stranger = await rita.PostFieldsAsync("/reviewing", page, [new("selected", domain), new("verdict", "dismiss")]);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    private static async Task<int[]> BiddingNumbersAsync(WebSession session, Guid callId)
    {
        var (status, html) = await session.GetAsync($"/calls/{callId}/bidding");
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. NumberPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex("name=\"selected\" value=\"([^\"]+)\"")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<article class=\"card mb-3\" id=\"s\\d+\" data-number=\"(\\d+)\"")]
    private static partial Regex NumberPattern();
}
