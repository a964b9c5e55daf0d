using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using UglyToad.PdfPig;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// A reviewer follows every link and downloads every file reachable from their pages; no author's name, e-mail,
/// e-mail domain or affiliation may appear in any page, header, file name, PDF text or PDF metadata.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class BlindCrawlTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string Name, string Email, string Affiliation)[] _authors =
    [
        ("Samuel Okafor", "s.okafor@cs.example.com", "University of Toronto"),
        ("Zoë Müller-Łukasiewicz", "zoe.mueller@univie.example.org", "University of Vienna"),
        ("Wei Fan", "wfan@ust.example.hk", "Hong Kong University of Science and Technology"),
        ("Col League", "col@uni-a.edu", "Uni A Mathematics"),
    ];

    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Nothing_reachable_from_the_reviewers_pages_names_an_author()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var user = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var rita = await app.AddReviewerAsync(call.Id, user.Id, r => { r.ExpertiseTopics = ["Optimization"]; r.MaxLoad = 3; });
        var first = await app.SubmitAsync(call.Id, 1, "Wide networks", ["Optimization"], _authors[0], _authors[1]);
        var second = await app.SubmitAsync(call.Id, 2, "Deep kernels", ["Generalization"], _authors[2]);
        var colleague = await app.SubmitAsync(call.Id, 3, "From the same department", ["Optimization"], _authors[3]);
        foreach (var (submission, file) in new[] { (first, "metadata-author.pdf"), (second, "ok-one-page.pdf"), (colleague, "affiliation.pdf") })
        {
            await app.AttachPdfAsync(submission.Id, SubmissionForms.Pdf(file));
        }
        using (var olga = await app.SignedInAsync("olga@example.org"))
        {
            var page = $"/calls/{call.Id}/assignments";
            foreach (var submission in new[] { first, second })
            {
                using var added = await olga.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["submissionId"] = submission.Id.ToString(), ["reviewerId"] = rita.Id.ToString() });
            }
            Assert.Equal(2, (await app.AssignedPairsAsync(call.Id)).Count);
        }

        using var session = await app.SignedInAsync("rita@uni-a.edu");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/reviewing"]);
        var pdfs = 0;
        while (queue.TryDequeue(out var url) && seen.Count < 200)
        {
            if (!seen.Add(url))
            {
                continue;
            }
            using var response = await session.Client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
            AssertBlind(url + " (headers)", headers);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (response.Content.Headers.ContentType?.MediaType == "application/pdf")
            {
                pdfs++;
                AssertBlind(url, Encoding.Latin1.GetString(bytes));
                using var pdf = PdfDocument.Open(bytes);
                var info = pdf.Information;
                AssertBlind(url + " (metadata)", string.Join("\n", info.Author, info.Title, info.Subject, info.Keywords, info.Creator, info.Producer));
                Assert.False(pdf.TryGetXmpMetadata(out _), $"{url} keeps XMP metadata");
                AssertBlind(url + " (text)", string.Join("\n", pdf.GetPages().Select(p => p.Text)));
                continue;
            }
            var html = Encoding.UTF8.GetString(bytes);
            AssertBlind(url, html);
            AssertBlind(url + " (decoded)", WebUtility.HtmlDecode(html));
            foreach (Match link in LinkPattern().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !Excluded(href))
                {
                    queue.Enqueue(href);
                }
            }
        }
        Assert.Contains($"/calls/{call.Id}/assigned/{first.Id}/pdf", seen);
        Assert.Contains($"/calls/{call.Id}/bidding/{second.Id}", seen);
        Assert.Equal(2, pdfs);
        Assert.DoesNotContain(seen, u => u.Contains(colleague.Id.ToString(), StringComparison.Ordinal));
    }

    /// <summary>The reviewer's own account pages and the site's static files are not about anyone else's abstract.</summary>
    private static bool Excluded(string href) =>
        href.StartsWith("/account", StringComparison.Ordinal) || href.StartsWith("/lib/", StringComparison.Ordinal)
        || href.StartsWith("/css/", StringComparison.Ordinal) || href.StartsWith("/js/", StringComparison.Ordinal);

    private static void AssertBlind(string where, string content)
    {
        foreach (var (name, email, affiliation) in _authors)
        {
            var domain = email.Split('@')[1];
            foreach (var secret in new[] { name, name.Split(' ')[^1], email, affiliation }.Concat(domain == "uni-a.edu" ? [] : [domain]))
            {
                Assert.False(content.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{where} contains \"{secret}\"");
            }
        }
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
