using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Reviewing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Decisions;

/// <summary>The organizers' table: figures computed in SQL as the reference computes them, sorting, filters, paging, detail and exports.</summary>
[Collection(AppCollection.Name)]
public sealed partial class DashboardTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Calibrated_scores_in_the_table_match_the_reference_and_sort_best_first()
    {
        var setup = await app.DecisionCallAsync(submissions: 12, reviewers: 4);
        var random = new Random(7);
        var reference = new List<ScoredReview>();
        for (var n = 1; n <= 12; n++)
        {
            foreach (var r in Enumerable.Range(1, 4).OrderBy(_ => random.Next()).Take(3))
            {
                // Reviewer 1 is harsh, reviewer 4 lenient.
                var overall = Math.Clamp(random.Next(1, 8) + (r == 4 ? 3 : 0) - (r == 1 ? 1 : 0), 1, 10);
                var confidence = random.Next(1, 6);
                await app.ReviewAsync(setup, n, r, overall, confidence);
                reference.Add(new ScoredReview(setup.Reviewers[r - 1].Id, setup.Submissions[n - 1].Id, overall, confidence));
            }
        }
        var expected = Calibration.Compute(reference);

        var fromSql = await app.WithScopeAsync(async s => await (await s.GetRequiredService<ReviewScores>().ForCallAsync(setup.Call.Id, 4)).ToListAsync());
        Assert.Equal(12, fromSql.Count);
        foreach (var row in fromSql)
        {
            var want = expected[row.SubmissionId];
            Assert.Equal(want.Calibrated, row.Calibrated!.Value, 9);
            Assert.Equal(want.Mean, row.Mean!.Value, 9);
            Assert.Equal(want.StdDev, row.StdDev!.Value, 9);
            Assert.Equal(want.WeightedMean, row.WeightedMean!.Value, 9);
            Assert.Equal(want.Spread >= 4, row.Disagree);
            Assert.Equal((3, 3), (row.Assigned, row.Done));
        }

        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        var (status, html) = await olga.GetAsync($"{setup.Dashboard}?sort=calibrated");
        Assert.Equal(HttpStatusCode.OK, status);
        var byNumber = setup.Submissions.ToDictionary(s => s.Id, s => s.Number);
        var wantOrder = expected.Values.OrderByDescending(v => v.Calibrated).ThenByDescending(v => v.Mean).Select(v => byNumber[v.SubmissionId]).ToList();
        var shown = Numbers(html);
        Assert.Equal(12, shown.Count);
        // Ties in calibrated score are broken by number in the table; compare the calibrated values in order.
        Assert.Equal(wantOrder.Select(n => Round(expected, setup, n)), shown.Select(n => Round(expected, setup, n)));
        Assert.Contains(expected[setup.Submissions[shown[0] - 1].Id].Calibrated.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture), WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        var ascending = Numbers((await olga.GetAsync($"{setup.Dashboard}?sort=calibrated&dir=asc")).Html);
        Assert.Equal(shown.Select(n => Round(expected, setup, n)).Reverse(), ascending.Select(n => Round(expected, setup, n)));
    }

    [Fact]
    public async Task The_figures_follow_every_new_changed_and_removed_review()
    {
        var setup = await app.DecisionCallAsync(submissions: 2, reviewers: 3);
        async Task<SubmissionScore> FirstAsync() => await app.WithScopeAsync(async s =>
            await (await s.GetRequiredService<ReviewScores>().ForCallAsync(setup.Call.Id, 4)).SingleAsync(r => r.SubmissionId == setup.Submissions[0].Id));

        await app.ReviewAsync(setup, 1, 1, overall: 5);
        Assert.Equal((1, 5.0), ((await FirstAsync()).Done, (await FirstAsync()).Mean!.Value));

        await app.ReviewAsync(setup, 1, 2, overall: 9);
        var two = await FirstAsync();
        Assert.Equal((2, 7.0, true), (two.Done, two.Mean!.Value, two.Disagree));

        // Changed and removed in the database directly, as any code path would: the triggers count every statement.
        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMath.Web.Infrastructure.Database.DeepMathDbContext>();
            var reviewer = setup.Reviewers[1].Id;
            await db.Reviews.Where(r => r.ReviewerId == reviewer).ExecuteUpdateAsync(set => set.SetProperty(r => r.Overall, 7));
            return 0;
        });
        var changed = await FirstAsync();
        Assert.Equal((2, 6.0, false), (changed.Done, changed.Mean!.Value, changed.Disagree));

        await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMath.Web.Infrastructure.Database.DeepMathDbContext>();
            var reviewer = setup.Reviewers[0].Id;
            await db.Reviews.Where(r => r.ReviewerId == reviewer).ExecuteDeleteAsync();
            await db.Assignments.Where(r => r.ReviewerId == reviewer).ExecuteDeleteAsync();
            return 0;
        });
        var removed = await FirstAsync();
        Assert.Equal((1, 1, 7.0), (removed.Assigned, removed.Done, removed.Mean!.Value));

        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        var html = (await olga.GetAsync(setup.Dashboard)).Html;
        Assert.Contains("7.00", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_search_and_paging_happen_on_the_server()
    {
        var setup = await app.DecisionCallAsync(submissions: 60);
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);

        var first = (await olga.GetAsync(setup.Dashboard)).Html;
        Assert.Equal(Enumerable.Range(1, 50), Numbers(first));
        Assert.Contains("60 submission(s); page 1 of 2", first, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(51, 10), Numbers((await olga.GetAsync($"{setup.Dashboard}?page=2")).Html));
        Assert.Equal(Enumerable.Range(51, 10), Numbers((await olga.GetAsync($"{setup.Dashboard}?page=99")).Html));

        Assert.Equal([17], Numbers((await olga.GetAsync($"{setup.Dashboard}?q=17")).Html));
        Assert.Equal([1], Numbers((await olga.GetAsync($"{setup.Dashboard}?q=implicit%20BIAS")).Html));
        Assert.Equal(Enumerable.Range(1, 30).Select(i => i * 2), Numbers((await olga.GetAsync($"{setup.Dashboard}?topic=Optimization")).Html));

        using var decided = await olga.DecideAsync(setup, DecisionOutcome.Poster, 3, 5);
        Assert.Equal([3, 5], Numbers((await olga.GetAsync($"{setup.Dashboard}?decision=poster")).Html));
        Assert.Equal(58, Numbers((await olga.GetAsync($"{setup.Dashboard}?decision=undecided&page=1")).Html).Count + Numbers((await olga.GetAsync($"{setup.Dashboard}?decision=undecided&page=2")).Html).Count);
        Assert.Equal([60, 59, 58], Numbers((await olga.GetAsync($"{setup.Dashboard}?sort=number&dir=desc")).Html).Take(3));
    }

    [Fact]
    public async Task A_row_opens_every_review_in_full_and_the_exports_carry_every_reviewers_scores()
    {
        var setup = await app.DecisionCallAsync();
        await app.ReviewAsync(setup, 1, 1, 9, 4, comments: "Strong result.", confidential: "Best of my batch.");
        await app.ReviewAsync(setup, 1, 2, 3, 2, comments: "Unclear proofs.", confidential: "I suspect a flaw.");
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);

        var (status, detail) = await olga.GetAsync($"{setup.Dashboard}/{setup.Submissions[0].Id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Reviewer Person 1", detail, StringComparison.Ordinal);
        Assert.Contains("I suspect a flaw.", detail, StringComparison.Ordinal);
        Assert.Contains("Strong result.", detail, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(detail, "data-testid=\"review\""));

        var table = (await olga.GetAsync(setup.Dashboard)).Html;
        Assert.Contains("9 · 3", table, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"disagree\"", table, StringComparison.Ordinal);

        using var csv = await olga.Client.GetAsync($"{setup.Dashboard}/export/submissions.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("number,title,state,authors", lines[0], StringComparison.Ordinal);
        Assert.Contains("reviewer_2,overall_2,confidence_2", lines[0], StringComparison.Ordinal);
        Assert.Contains("Reviewer Person 1 <rev1@example.org>,9,4,Reviewer Person 2 <rev2@example.org>,3,2", lines[1], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);

        var reviews = await olga.Client.GetStringAsync($"{setup.Dashboard}/export/reviews.csv");
        Assert.Contains("I suspect a flaw.", reviews, StringComparison.Ordinal);
        Assert.Contains("overall,confidence,relevance,novelty,rigor,clarity", reviews, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_but_the_events_organizers_sees_or_changes_decisions()
    {
        var setup = await app.DecisionCallAsync();
        using var ada = await app.SignedInAsync(DecisionsData.Ada);
        using var reviewer = await app.SignedInAsync("rev1@example.org");
        foreach (var session in new[] { ada, reviewer, app.NewSession() })
        {
            foreach (var page in new[] { "", $"/{setup.Submissions[0].Id}", "/top", "/notify", "/templates", "/export/submissions.csv", "/export/reviews.csv" })
            {
                var (status, _) = await session.GetAsync(setup.Dashboard + page);
                Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{page}: {status}");
            }
        }
        using var sneaky = await ada.PostFieldsAsync("/submissions", $"{setup.Dashboard}/decide",
            [new("outcome", DecisionOutcome.Talk), new("ids", setup.Submissions[0].Id.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, sneaky.StatusCode);
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        Assert.Contains("undecided", (await olga.GetAsync(setup.Dashboard)).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("(not sent)", (await olga.GetAsync(setup.Dashboard)).Html, StringComparison.Ordinal);
    }

    private static double Round(IReadOnlyDictionary<Guid, CalibratedScore> expected, DecisionCall setup, int number) =>
        Math.Round(expected[setup.Submissions[number - 1].Id].Calibrated, 9);

    public static List<int> Numbers(string html) =>
        [.. RowPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex("<tr data-number=\"(\\d+)\"")]
    private static partial Regex RowPattern();
}
