using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Decisions;

/// <summary>Decisions one at a time, in bulk, and by the top-N helper, each recorded with who and when.</summary>
[Collection(AppCollection.Name)]
public sealed class DecideTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Bulk_and_single_decisions_are_recorded_and_every_change_is_logged()
    {
        var setup = await app.DecisionCallAsync();
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);

        using var bulk = await olga.DecideAsync(setup, DecisionOutcome.Poster, 1, 2, 3);
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        using var single = await olga.DecideAsync(setup, DecisionOutcome.Talk, 1);
        using var same = await olga.DecideAsync(setup, DecisionOutcome.Poster, 2);

        var (decisions, changes) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            return (await db.Decisions.AsNoTracking().ToListAsync(), await db.DecisionChanges.AsNoTracking().OrderBy(c => c.ChangedAt).ToListAsync());
        });
        Assert.Equal(3, decisions.Count);
        var first = decisions.Single(d => d.SubmissionId == setup.Submissions[0].Id);
        Assert.Equal((DecisionOutcome.Talk, 2, DecisionsData.DecisionTime.AddMinutes(5)), (first.OutcomeKey, first.Revision, first.DecidedAt));
        Assert.Null(first.SentAt);
        Assert.Equal(4, changes.Count);
        Assert.Equal(["bulk", "bulk", "bulk", "row"], changes.Select(c => c.Via));
        Assert.Equal((DecisionOutcome.Poster, DecisionOutcome.Talk), (changes[3].FromOutcome, changes[3].ToOutcome));

        var detail = (await olga.GetAsync($"{setup.Dashboard}/{setup.Submissions[0].Id}")).Html;
        Assert.Contains("accepted as a poster → accepted as a talk, by Olga Organizer &lt;olga@example.org&gt; (row)", detail, StringComparison.Ordinal);
        Assert.Contains("Not sent to authors yet.", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_explained_and_changes_nothing()
    {
        var setup = await app.DecisionCallAsync();
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        await olga.DecideAsync(setup, DecisionOutcome.Poster, 1);

        using var noOutcome = await olga.DecideAsync(setup, "maybe", 1);
        Assert.Contains("Choose an outcome", (await olga.GetAsync(setup.Dashboard)).Html, StringComparison.Ordinal);
        using var none = await olga.DecideAsync(setup, DecisionOutcome.Talk);
        Assert.Contains("Select at least one submission", (await olga.GetAsync(setup.Dashboard)).Html, StringComparison.Ordinal);
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var withdrawn = await db.Submissions.SingleAsync(x => x.Id == setup.Submissions[2].Id);
            withdrawn.State = SubmissionState.Withdrawn;
            return await db.SaveChangesAsync();
        });
        using var mixed = await olga.DecideAsync(setup, DecisionOutcome.Talk, 1, 3);
        Assert.Contains("withdrawn or not in this call; nothing was changed", (await olga.GetAsync(setup.Dashboard)).Html, StringComparison.Ordinal);

        var outcomes = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Decisions.Select(d => d.OutcomeKey).ToListAsync());
        Assert.Equal([DecisionOutcome.Poster], outcomes);
    }

    [Fact]
    public async Task The_helper_previews_the_top_n_talks_and_next_m_posters_by_calibrated_score_then_records_exactly_that()
    {
        var setup = await app.DecisionCallAsync(submissions: 6);
        // Reviewer 1 scores low and spreads widely, reviewer 2 scores high and tight: calibrated 5 > 4 > 6 > 3 > 2 > 1.
        int[][] scores = [[1, 7], [2, 8], [3, 9], [5, 10], [6, 10], [4, 10]];
        for (var n = 1; n <= 6; n++)
        {
            await app.ReviewAsync(setup, n, 1, scores[n - 1][0]);
            await app.ReviewAsync(setup, n, 2, scores[n - 1][1]);
        }
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);

        var (status, preview) = await olga.GetAsync($"{setup.Dashboard}/top?talks=2&posters=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([5, 4, 6, 3], DashboardTests.Numbers(preview));
        var nothingYet = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Decisions.CountAsync());
        Assert.Equal(0, nothingYet);

        var fields = Regex.Matches(preview, "name=\"(talkIds|posterIds)\" value=\"([^\"]+)\"").Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, m.Groups[2].Value)).ToList();
        using var applied = await olga.PostFieldsAsync($"{setup.Dashboard}/top?talks=2&posters=2", $"{setup.Dashboard}/top", fields);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);

        var decided = await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Decisions.AsNoTracking().ToDictionaryAsync(d => d.SubmissionId, d => d.OutcomeKey));
        string? Of(int n) => decided.GetValueOrDefault(setup.Submissions[n - 1].Id);
        Assert.Equal([DecisionOutcome.Poster, DecisionOutcome.Poster, DecisionOutcome.Talk, DecisionOutcome.Talk, null, null], new[] { 3, 6, 4, 5, 1, 2 }.Select(Of));
        var table = (await olga.GetAsync(setup.Dashboard)).Html;
        Assert.Contains("2 accepted as talks and 2 as posters", table, StringComparison.Ordinal);
        Assert.Contains("Talks: 2 of —", table, StringComparison.Ordinal);

        using var bad = await olga.Client.GetAsync($"{setup.Dashboard}/top?talks=-1&posters=5");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("between 0 and 2000", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Capacity_and_custom_outcomes_are_set_by_the_organizer()
    {
        var setup = await app.DecisionCallAsync();
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);

        using var capacity = await olga.PostFormAsync(setup.Dashboard, $"{setup.Dashboard}/capacity", new Dictionary<string, string> { ["talks"] = "20", ["posters"] = "150" });
        using var badCapacity = await olga.PostFormAsync(setup.Dashboard, $"{setup.Dashboard}/capacity", new Dictionary<string, string> { ["talks"] = "many", ["posters"] = "1" });
        var page = (await olga.GetAsync(setup.Dashboard)).Html;
        Assert.Contains("Capacity must be a whole number", page, StringComparison.Ordinal);
        Assert.Contains("Talks: 0 of 20 · Posters: 0 of 150", page, StringComparison.Ordinal);

        using var added = await olga.PostFormAsync(setup.Dashboard, $"{setup.Dashboard}/outcomes", new Dictionary<string, string> { ["label"] = "accepted as a lightning talk", ["accepts"] = "true" });
        using var decided = await olga.DecideAsync(setup, "accepted-as-a-lightning-talk", 2);
        var cell = Regex.Match((await olga.GetAsync(setup.Dashboard)).Html, "<tr data-number=\"2\">.*?data-testid=\"decision\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal("accepted as a lightning talk <span class=\"small text-muted\"> (not sent)</span>", cell.Trim());
    }
}
