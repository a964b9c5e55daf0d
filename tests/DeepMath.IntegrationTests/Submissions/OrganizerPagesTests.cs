using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>
/// The organizers' side of issue 16: the submissions list's search, filters and ZIP of PDFs, the page per
/// submission, conflicts added by hand, the exception buttons, the decision row's "no change", the call's steps
/// and the event's overview.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OrganizerPagesTests(AppFixture app) : IAsyncLifetime
{
    private static readonly DateTimeOffset _reviewTime = new(2025, 9, 12, 12, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => app.ResetAsync(_reviewTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_submissions_list_searches_titles_numbers_and_authors_and_filters_by_topic_exception_and_decision()
    {
        var scene = await app.ReviewSceneAsync();
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var list = $"/calls/{scene.CallId}/submissions";
        Assert.Equal(["2"], Numbers((await olga.GetAsync($"{list}?q=kernel")).Html));
        Assert.Equal(["1"], Numbers((await olga.GetAsync($"{list}?q=wide+NETWORKS")).Html));
        Assert.Equal(["3"], Numbers((await olga.GetAsync($"{list}?q=3")).Html));
        Assert.Equal(["2"], Numbers((await olga.GetAsync($"{list}?topic=Generalization")).Html));
        await MarkExceptionAsync(scene.Paper1, FormatExceptionState.Granted);
        Assert.Equal(["1"], Numbers((await olga.GetAsync($"{list}?exception=Granted")).Html));
        Assert.Equal(["2", "3"], Numbers((await olga.GetAsync($"{list}?exception=none")).Html));

        using (await olga.PostFormAsync($"/calls/{scene.CallId}/decisions", $"/calls/{scene.CallId}/decisions/decide",
                   new Dictionary<string, string> { ["ids"] = scene.Paper3.ToString(), ["outcome"] = "talk" }))
        {
        }
        var (_, decided) = await olga.GetAsync($"{list}?decision=talk");
        Assert.Equal(["3"], Numbers(decided));
        Assert.Contains("1 of 3 submission(s): decision accepted as a talk.", WebUtility.HtmlDecode(decided));
        Assert.Equal(["1", "2"], Numbers((await olga.GetAsync($"{list}?decision=none")).Html));

        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"{list}?q=kernel")).Status);
    }

    [Fact]
    public async Task A_zip_of_all_or_the_filtered_pdfs_is_built_in_the_background_and_holds_exactly_their_latest_pdfs()
    {
        var scene = await app.ReviewSceneAsync();
        var first = SubmissionForms.Pdf("ok-one-page.pdf");
        var second = SubmissionForms.Pdf("ok-two-pages-refs.pdf");
        await app.AttachPdfAsync(scene.Paper1, first);
        await app.AttachPdfAsync(scene.Paper2, second);
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var list = $"/calls/{scene.CallId}/submissions";

        using (var all = await olga.PostFormAsync(list, $"{list}/archives", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        }
        var (_, building) = await olga.GetAsync(list);
        Assert.Contains("being built, 0 of 2 packed", building);
        Assert.Contains("http-equiv=\"refresh\"", building);
        await RunArchiveJobsAsync();
        var (_, ready) = await olga.GetAsync(list);
        Assert.DoesNotContain("http-equiv=\"refresh\"", ready);
        var download = ReviewerJourneyTests.Href(ready, "zip-download");
        Assert.Equal(new Dictionary<string, byte[]> { ["abstract-001.pdf"] = first, ["abstract-002.pdf"] = second }, await ZipAsync(olga, download));

        // The filtered list packs only what it shows: abstract 2 is the only Generalization one.
        using (await olga.PostFormAsync($"{list}?topic=Generalization", $"{list}/archives?topic=Generalization", new Dictionary<string, string>()))
        {
        }
        await RunArchiveJobsAsync();
        var (_, filtered) = await olga.GetAsync($"{list}?topic=Generalization");
        Assert.Contains("ZIP of topic Generalization", WebUtility.HtmlDecode(filtered));
        var latest = ReviewerJourneyTests.Href(filtered, "zip-download");
        Assert.Equal(["abstract-002.pdf"], (await ZipAsync(olga, latest)).Keys);

        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync(download)).Status);
    }

    [Fact]
    public async Task The_organizers_page_of_a_submission_shows_authors_versions_reviewers_conflicts_reviews_and_messages_with_previous_and_next()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AttachPdfAsync(scene.Paper2, SubmissionForms.Pdf("ok-one-page.pdf"));
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper2);
        using (var sam = await app.SignedInAsync("sam@uni-b.edu"))
        using (await sam.PostFormAsync(scene.ReviewUrl(2), ReviewData.FullReview(comments: "First point.\n\nSecond point, after a blank line.")))
        {
        }
        await app.WithScopeAsync(async s =>
        {
            var outbox = s.GetRequiredService<IOutbox>();
            var ev = await s.GetRequiredService<DeepMathDbContext>().Calls.Where(c => c.Id == scene.CallId).Select(c => c.EventId).SingleAsync();
            await outbox.QueueAsync(new EmailMessage("cy@kernel.org", "Cy Kernel", "DeepMath 2025: your receipt", "text", "<p>html</p>"), "test:receipt", default, ev);
            return await s.GetRequiredService<DeepMathDbContext>().SaveChangesAsync();
        });
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var page = $"/calls/{scene.CallId}/decisions/{scene.Paper2}";
        var html = WebUtility.HtmlDecode((await olga.GetAsync(page)).Html);

        Assert.Contains("Cy Kernel <cy@kernel.org>, Kernel College", html);
        Assert.Contains("v1</a>", html);
        Assert.Contains("Sam Reviewer <sam@uni-b.edu> — review submitted", html);
        Assert.Contains("First point.\n\nSecond point, after a blank line.", html);
        Assert.Contains("DeepMath 2025: your receipt", html);
        Assert.Matches($"<a (?=[^>]*rel=\"prev\")[^>]*href=\"/calls/{scene.CallId}/decisions/{scene.Paper1}\"", html);
        Assert.Matches($"<a (?=[^>]*rel=\"next\")[^>]*href=\"/calls/{scene.CallId}/decisions/{scene.Paper3}\"", html);
        Assert.Contains("(America/New_York)", html);

        // Rita's own domain is on abstract 3: the page lists the conflict the system found.
        Assert.Contains("Rita Reviewer — same e-mail domain", WebUtility.HtmlDecode((await olga.GetAsync($"/calls/{scene.CallId}/decisions/{scene.Paper3}")).Html));
    }

    [Fact]
    public async Task Organizers_add_a_conflict_by_hand_with_a_reason_and_the_reviewer_no_longer_sees_the_abstract()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AttachPdfAsync(scene.Paper2, SubmissionForms.Pdf("ok-one-page.pdf"));
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper2);
        using var sam = await app.SignedInAsync("sam@uni-b.edu");
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync(scene.ReviewUrl(2))).Status);
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var page = $"/calls/{scene.CallId}/decisions/{scene.Paper2}";
        var add = $"/calls/{scene.CallId}/conflicts/add";

        using (await olga.PostFormAsync(page, add, new Dictionary<string, string> { ["submissionId"] = scene.Paper2.ToString(), ["reviewerId"] = scene.Sam.ToString(), ["reason"] = " ", ["returnUrl"] = page }))
        {
        }
        Assert.Contains("Say why there is a conflict", WebUtility.HtmlDecode((await olga.GetAsync(page)).Html));

        using (var added = await olga.PostFormAsync(page, add, new Dictionary<string, string>
               { ["submissionId"] = scene.Paper2.ToString(), ["reviewerId"] = scene.Sam.ToString(), ["reason"] = "Former PhD student of the author", ["returnUrl"] = page }))
        {
            Assert.Equal(page, added.Headers.Location?.OriginalString);
        }
        var html = WebUtility.HtmlDecode((await olga.GetAsync(page)).Html);
        Assert.Contains("They were assigned to it: take the assignment away", html);
        Assert.Contains("Sam Reviewer — recorded by the organizers: Former PhD student of the author", html);
        Assert.Contains("recorded by the organizers", WebUtility.HtmlDecode((await olga.GetAsync($"/calls/{scene.CallId}/conflicts")).Html));
        Assert.NotEqual(HttpStatusCode.OK, (await sam.GetAsync(scene.ReviewUrl(2))).Status);
        Assert.DoesNotContain("Sharp minima", (await sam.GetAsync($"/calls/{scene.CallId}/assigned")).Html.Split("Taken off your list")[0]);
    }

    [Fact]
    public async Task Exception_buttons_offer_only_the_answer_not_given_and_a_decision_row_starts_at_no_change()
    {
        var scene = await app.ReviewSceneAsync();
        await MarkExceptionAsync(scene.Paper1, FormatExceptionState.Granted);
        await MarkExceptionAsync(scene.Paper2, FormatExceptionState.Refused);
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var (_, list) = await olga.GetAsync($"/calls/{scene.CallId}/submissions");
        var row1 = Row(list, 1);
        var row2 = Row(list, 2);
        Assert.DoesNotContain("value=\"grant\"", row1);
        Assert.Contains("value=\"refuse\"", row1);
        Assert.Contains("value=\"grant\"", row2);
        Assert.DoesNotContain("value=\"refuse\"", row2);

        var dashboard = $"/calls/{scene.CallId}/decisions";
        Assert.Contains("<option value=\"\" selected>— no change —</option>", WebUtility.HtmlDecode((await olga.GetAsync(dashboard)).Html));
        using (var unchanged = await olga.PostFormAsync(dashboard, $"{dashboard}/decide", new Dictionary<string, string> { ["ids"] = scene.Paper1.ToString(), ["outcome"] = "" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
        }
        Assert.Contains("Nothing changed: choose an outcome", WebUtility.HtmlDecode((await olga.GetAsync(dashboard)).Html));
        Assert.False(await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Decisions.AnyAsync(d => d.SubmissionId == scene.Paper1)));
    }

    [Fact]
    public async Task The_call_page_lists_the_organizers_steps_in_lifecycle_order_and_the_event_page_has_their_overview()
    {
        var scene = await app.ReviewSceneAsync();
        await app.AssignToReviewAsync(scene.CallId, scene.Sam, scene.Paper2);
        using var olga = await app.SignedInAsync("olga@deepmath.org");
        var (_, callPage) = await olga.GetAsync($"/events/deepmath-2025/calls/{scene.CallId}");
        var steps = callPage[callPage.IndexOf("data-testid=\"call-lifecycle\"", StringComparison.Ordinal)..];
        steps = steps[..steps.IndexOf("</nav>", StringComparison.Ordinal)];
        var order = new[] { "/edit", "/review-settings", "/reviewers", "/submissions", "/conflicts", "/assignments", "/review-progress", "/decisions\"", "/decisions/notify" }
            .Select(path => steps.IndexOf(path, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        var (_, eventPage) = await olga.GetAsync("/events/deepmath-2025");
        Assert.Contains("data-testid=\"organizer-overview\"", eventPage);
        Assert.Contains("3 submitted", eventPage);
        Assert.Contains("0 of 1 reviews in", eventPage);
        using var visitor = app.NewSession();
        Assert.DoesNotContain("organizer-overview", (await visitor.GetAsync("/events/deepmath-2025")).Html);
    }

    private Task MarkExceptionAsync(Guid submissionId, FormatExceptionState state) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var submission = await db.Submissions.SingleAsync(x => x.Id == submissionId);
            submission.ExceptionRequest = "The check misreads my margins.";
            submission.ExceptionState = state;
            return await db.SaveChangesAsync();
        });

    private Task RunArchiveJobsAsync() =>
        app.WithScopeAsync(async s =>
        {
            var ids = await s.GetRequiredService<DeepMathDbContext>().PdfArchives.Where(a => a.StorageKey == null).Select(a => a.Id).ToListAsync();
            foreach (var id in ids)
            {
                await s.GetRequiredService<BuildPdfArchiveJob>().RunAsync(id, CancellationToken.None);
            }
            return ids.Count;
        });

    private static async Task<Dictionary<string, byte[]>> ZipAsync(WebSession session, string url)
    {
        using var response = await session.Client.GetAsync(WebUtility.HtmlDecode(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            files[entry.FullName] = copy.ToArray();
        }
        return files;
    }

    private static string[] Numbers(string html) =>
        [.. Regex.Matches(html, "<tr data-number=\"(\\d+)\"").Select(m => m.Groups[1].Value)];

    private static string Row(string html, int number)
    {
        var start = html.IndexOf($"<tr data-number=\"{number}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
