using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// Text affinity from reviewers' publications, reviewer attributes and constraints on the preview, alternates: the
/// assignment page as organizers use it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AssignmentAffinityTests(AppFixture app) : IAsyncLifetime
{
    private const string AnnBibTex = """
        @article{ann2024,
          author = {Opt, Ann},
          title = {Kernel Methods for Optimal Transport},
          abstract = {Entropic optimal transport with kernel approximations.},
        }
        """;

    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Publications_pasted_as_bibtex_steer_the_preview_the_formula_is_stated_and_author_names_never_change_a_score()
    {
        var s = await ArrangeAsync();
        using var ann = await app.SignedInAsync("ann@uni-a.edu");
        var profile = $"/calls/{s.Call}/reviewing/profile";
        using var bad = await ann.PostFieldsAsync(profile, profile, [new("MaxLoad", "1"), new("Publications", "@article{x,\n title = {Unclosed\n")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var refused = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Your publications could not be read as BibTeX. Line 2: the field title of \"x\" opens a brace that is never closed.", refused);
        Assert.Contains("title = {Unclosed", refused); // what was typed comes back
        using var saved = await ann.PostFieldsAsync(profile, profile, [new("MaxLoad", "1"), new("Publications", AnnBibTex)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Kernel Methods for Optimal Transport. Entropic optimal transport with kernel approximations.",
            await app.WithScopeAsync(sp => sp.GetRequiredService<DeepMathDbContext>().Reviewers.Where(r => r.Id == s.Ann).Select(r => r.PublicationText).SingleAsync()));

        using var olga = await app.SignedInAsync("olga@example.org");
        var preview = $"/calls/{s.Call}/assignments/preview";
        var html = WebUtility.HtmlDecode((await olga.GetAsync(preview)).Html);
        Assert.Contains("score = 1 × topic match + 1 × text similarity + 0.25 × bid", html);
        Assert.Equal(Sorted($"{s.Transport:N}:{s.Ann:N}", $"{s.Graphs:N}:{s.Ben:N}"), Pairs(html));
        var total = TestId(html, "total-score");
        Assert.NotEqual("0.00", total);

        // The authors' names and affiliations, made to read like the other reviewer's expertise, change nothing.
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DeepMathDbContext>();
            foreach (var submission in await db.Submissions.Where(x => x.CallId == s.Call).ToListAsync())
            {
                submission.SetAuthors([.. submission.Authors.Select(a => new SubmissionAuthor
                    { Name = "Graph Neural Kernel Transport", Email = a.Email, Affiliation = "Optimal Transport Networks Lab", Country = a.Country })]);
            }
            return await db.SaveChangesAsync();
        });
        var renamed = WebUtility.HtmlDecode((await olga.GetAsync(preview)).Html);
        Assert.Equal(Pairs(html), Pairs(renamed));
        Assert.Equal(total, TestId(renamed, "total-score"));
        Assert.Equal(Regex.Matches(html, "<td>[0-9.]+</td></tr>").Select(m => m.Value), Regex.Matches(renamed, "<td>[0-9.]+</td></tr>").Select(m => m.Value));

        // Without the text term nothing tells the two apart, and the formula says so.
        var plain = WebUtility.HtmlDecode((await olga.GetAsync($"{preview}?textWeight=0")).Html);
        Assert.Contains("score = 1 × topic match + 0 × text similarity + 0.25 × bid", plain);
        Assert.Equal("0.00", TestId(plain, "total-score"));
        var (status, _) = await olga.GetAsync($"{preview}?textWeight=-1");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("The text weight must be a number from 0 to 10", WebUtility.HtmlDecode((await olga.GetAsync(preview)).Html));
    }

    [Fact]
    public async Task Attributes_are_imported_constraints_hold_infeasible_ones_name_the_abstracts_and_alternates_are_listed()
    {
        var s = await ArrangeAsync(thirdReviewer: true);
        using var olga = await app.SignedInAsync("olga@example.org");
        var preview = $"/calls/{s.Call}/assignments/preview";

        var (status, _) = await olga.GetAsync($"{preview}?senior=true");
        Assert.Equal(HttpStatusCode.Redirect, status);
        var told = WebUtility.HtmlDecode((await olga.GetAsync($"/calls/{s.Call}/assignments")).Html);
        Assert.Contains("abstract 1 \"Kernel methods for optimal transport\" cannot get a senior reviewer (at least one senior reviewer per abstract)", told);
        Assert.Contains("abstract 2 \"Sparse graph neural networks\"", told);

        var attributes = $"/calls/{s.Call}/reviewers/attributes";
        using var wrong = await olga.PostFieldsAsync(attributes, $"{attributes}/import", [new("csv", "email,senior,institution,country\nann@uni-a.edu,maybe,Uni A,NO\nzed@nowhere.org,yes,,")]);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var wrongPage = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("Line 2: senior is yes or no (or 1/0, true/false), not \"maybe\".", wrongPage);
        Assert.Contains("Line 3: no member of this committee has the e-mail \"zed@nowhere.org\".", wrongPage);
        Assert.Contains("ann@uni-a.edu,maybe,Uni A,NO", wrongPage);

        using var imported = await olga.PostFieldsAsync(attributes, $"{attributes}/import",
            [new("csv", "ann@uni-a.edu,yes,Uni A,NO\nben@gmail.com,no,Uni A,NO\ncat@gmail.com,yes,Uni C,SE")]);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Contains("Attributes imported for 3 reviewer(s).", WebUtility.HtmlDecode((await olga.GetAsync(attributes)).Html));

        // k = 2 with distinct institutions: Ann and Ben (both Uni A) never share an abstract, and each has a senior.
        var html = WebUtility.HtmlDecode((await olga.GetAsync($"{preview}?senior=true&institutions=true")).Html);
        var pairs = Pairs(html);
        Assert.Equal(4, pairs.Count);
        foreach (var paper in new[] { s.Transport, s.Graphs })
        {
            var reviewers = pairs.Where(p => p.StartsWith($"{paper:N}:", StringComparison.Ordinal)).Select(p => p[(p.IndexOf(':') + 1)..]).ToList();
            Assert.False(reviewers.Contains(s.Ann.ToString("N")) && reviewers.Contains(s.Ben.ToString("N")));
            Assert.True(reviewers.Contains(s.Ann.ToString("N")) || reviewers.Contains(s.Cat.ToString("N")));
        }
        Assert.Contains("<td>Abstracts with a senior reviewer</td><td>2 of 2</td>", Table(html, "comparison"));
        Assert.Contains("<td>Abstracts whose reviewers' institutions all differ</td><td>2 of 2</td>", Table(html, "comparison"));
        Assert.Contains("checked=\"checked\" /><label class=\"form-check-label\" for=\"institutions\">", html);

        // k = 1 leaves two reviewers free per abstract: they are its alternates.
        await app.SetReviewsPerSubmissionAsync(s.Call, 1);
        var single = WebUtility.HtmlDecode((await olga.GetAsync(preview)).Html);
        var alternates = Regex.Match(single, "data-testid=\"alternates\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td>1</td><td>Kernel methods for optimal transport</td><td>", alternates);
        Assert.Contains("Cat Gen", alternates);
    }

    [Fact]
    public async Task A_reviewer_who_drops_out_is_replaced_by_the_best_alternate_in_one_undoable_batch()
    {
        var s = await ArrangeAsync(thirdReviewer: true);
        await app.SetReviewsPerSubmissionAsync(s.Call, 1);
        using var olga = await app.SignedInAsync("olga@example.org");
        var preview = $"/calls/{s.Call}/assignments/preview";
        var html = (await olga.GetAsync(preview)).Html;
        using var applied = await olga.PostFieldsAsync(preview, $"/calls/{s.Call}/assignments/apply", [new("plan", string.Join(' ', Pairs(html)))]);
        var before = await app.AssignedPairsAsync(s.Call);
        Assert.Equal(2, before.Count);
        Assert.Contains($"2:{s.Ben}", before); // the graphs abstract goes to Ben, whose statement matches it

        var replace = $"/calls/{s.Call}/assignments/replace?submissionId={s.Graphs}&reviewerId={s.Ben}";
        var (status, page) = await olga.GetAsync(replace);
        Assert.Equal(HttpStatusCode.OK, status);
        page = WebUtility.HtmlDecode(page);
        var table = Table(page, "replace-alternates");
        Assert.DoesNotContain("Ben Gen</td>", table);
        var replacement = Regex.Match(table, "name=\"replacementId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        using var done = await olga.PostFieldsAsync(replace, $"/calls/{s.Call}/assignments/replace",
            [new("submissionId", s.Graphs.ToString()), new("reviewerId", s.Ben.ToString()), new("replacementId", replacement)]);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await app.AssignedPairsAsync(s.Call);
        Assert.DoesNotContain($"2:{s.Ben}", after);
        Assert.Contains($"2:{replacement}", after);
        var log = WebUtility.HtmlDecode((await olga.GetAsync($"/calls/{s.Call}/assignments")).Html);
        Assert.Contains("now reviews abstract 2 in place of Ben Gen", log);

        var batch = await app.WithScopeAsync(sp => sp.GetRequiredService<DeepMathDbContext>().AssignmentBatches
            .Where(b => b.CallId == s.Call && b.Summary.Contains("replaced by")).Select(b => b.Id).SingleAsync());
        using var undone = await olga.PostFormAsync($"/calls/{s.Call}/assignments", $"/calls/{s.Call}/assignments/log/{batch}/undo", new Dictionary<string, string>());
        Assert.Equal(before, await app.AssignedPairsAsync(s.Call));
    }

    [Fact]
    public async Task An_applied_plan_keeps_its_mode_seed_weights_and_constraints_and_the_log_shows_them()
    {
        var s = await ArrangeAsync(thirdReviewer: true);
        using var olga = await app.SignedInAsync("olga@example.org");
        // No seed given: the preview draws one, and the applied batch must record that one.
        var preview = $"/calls/{s.Call}/assignments/preview?mode=random&q=0.75&topicWeight=0.5&textWeight=2&bidWeight=0.1&coauthors=true&reciprocal=true&minLoad=1";
        var html = WebUtility.HtmlDecode((await olga.GetAsync(preview)).Html);
        var seed = Regex.Match(html, "Seed <strong>([0-9]+)</strong>").Groups[1].Value;
        Assert.NotEmpty(seed);
        var form = Regex.Match(html, "<form method=\"post\"[^>]*assignments/apply.*?</form>", RegexOptions.Singleline).Value;
        var fields = Regex.Matches(form, "<input type=\"hidden\" name=\"([A-Za-z_]+)\" value=\"([^\"]*)\"")
            .Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, m.Groups[2].Value)).Where(f => f.Key != "__RequestVerificationToken").ToList();
        Assert.Contains(fields, f => f.Key == "Seed" && f.Value == seed);

        using var applied = await olga.PostFieldsAsync(preview, $"/calls/{s.Call}/assignments/apply", fields);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(Pairs(html).Count, (await app.AssignedPairsAsync(s.Call)).Count);

        var log = WebUtility.HtmlDecode((await olga.GetAsync($"/calls/{s.Call}/assignments")).Html);
        var shown = TestId(log, "plan-settings");
        Assert.Equal(
            $"Mode: randomized, each pair's probability at most 0.75, seed {seed}. Score = 0.5 × topic match + 2 × text similarity + 0.1 × bid. "
            + "Constraints: no co-authors on one abstract, no reciprocal pairs, minimum load 1.", shown);
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<DeepMathDbContext>().AssignmentBatches
            .Where(b => b.CallId == s.Call).Select(b => b.Settings).SingleAsync());
        Assert.Contains($"\"seed\":{seed}", stored, StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"random\"", stored, StringComparison.Ordinal);

        // Settings that do not read (a hand-made post) apply nothing and say why.
        await app.SetReviewsPerSubmissionAsync(s.Call, 3);
        using var forged = await olga.PostFieldsAsync(preview, $"/calls/{s.Call}/assignments/apply",
            [new("plan", string.Join(' ', Pairs(html))), new("Mode", "fair"), new("TopicWeight", "-3")]);
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Equal(Pairs(html).Count, (await app.AssignedPairsAsync(s.Call)).Count);
        Assert.Contains("The plan's settings were not readable: The topic weight must be a number from 0 to 10",
            WebUtility.HtmlDecode((await olga.GetAsync($"/calls/{s.Call}/assignments/preview")).Html));
    }

    private sealed record Setup(Guid Call, Guid Ann, Guid Ben, Guid Cat, Guid Transport, Guid Graphs);

    private async Task<Setup> ArrangeAsync(bool thirdReviewer = false)
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var ann = await app.CreateUserAsync("ann@uni-a.edu", name: "Ann Opt");
        var ben = await app.CreateUserAsync("ben@gmail.com", name: "Ben Gen");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        await app.SetReviewsPerSubmissionAsync(call.Id, thirdReviewer ? 2 : 1);
        var load = thirdReviewer ? 2 : 1;
        var a = await app.AddReviewerAsync(call.Id, ann.Id, r => r.MaxLoad = load);
        var b = await app.AddReviewerAsync(call.Id, ben.Id, r => { r.MaxLoad = load; r.Statement = "Graph neural networks, sparse message passing."; });
        var c = Guid.Empty;
        if (thirdReviewer)
        {
            var cat = await app.CreateUserAsync("cat@gmail.com", name: "Cat Gen");
            c = (await app.AddReviewerAsync(call.Id, cat.Id, r => r.MaxLoad = 2)).Id;
        }
        var p1 = await app.SubmitAsync(call.Id, 1, "Kernel methods for optimal transport", [], ("Pia One", "pia@one.org", "One Lab"));
        var p2 = await app.SubmitAsync(call.Id, 2, "Sparse graph neural networks", [], ("Pat Two", "pat@two.org", "Two Lab"));
        return new Setup(call.Id, a.Id, b.Id, c, p1.Id, p2.Id);
    }

    private static List<string> Sorted(params string[] pairs) => [.. pairs.Order(StringComparer.Ordinal)];

    private static string TestId(string html, string id) => Regex.Match(html, $"data-testid=\"{id}\">([^<]*)<").Groups[1].Value.Trim();

    private static string Table(string html, string id) => Regex.Match(html, $"data-testid=\"{id}\".*?</table>", RegexOptions.Singleline).Value;

    /// <summary>The plan's pairs as "submission id:reviewer id", sorted.</summary>
    private static List<string> Pairs(string html) =>
        [.. Regex.Match(html, "name=\"plan\" value=\"([^\"]*)\"").Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
}
