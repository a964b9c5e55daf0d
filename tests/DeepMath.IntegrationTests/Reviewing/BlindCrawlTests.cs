using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// Double blind, checked the way a curious reviewer would try it: signed in as a reviewer, follow every
/// link and download every file reachable from the site, and look for any author's name, e-mail, mail
/// domain or affiliation in bodies, headers (file names included) and PDF metadata and text.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BlindCrawlTests(AppFixture app) : IAsyncLifetime
{
    private const int PageLimit = 600;

    private static readonly (string Name, string Email, string Affiliation)[] _authors =
    [
        ("Samuel Okafor", "s.okafor@okafor-lab.org", "Okafor Laboratory of Learning"),
        ("Ingrid Solberg", "ingrid@fjord-tech.no", "Fjord Institute of Technology"),
        ("Tomás Herrera", "therrera@andes-matematica.cl", "Universidad de los Andes Matemáticos"),
    ];

    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reviewer_following_every_link_and_file_never_meets_an_author()
    {
        var call = await BlindWorld.ArrangeAsync(app, _authors);
        using var rita = await app.SignedInAsync(BlindWorld.ReviewerEmail);

        var visited = await new BlindCrawler(rita, Secrets(), PageLimit).CrawlAsync(["/", "/reviewing", $"/calls/{call.CallId}/bidding"]);

        Assert.Contains(visited, url => url.StartsWith($"/calls/{call.CallId}/bidding", StringComparison.Ordinal));
        Assert.Contains($"/calls/{call.CallId}/reviewing/profile", visited);
        foreach (var page in BlindWorld.ReviewerPagesThatMustBeReached(call))
        {
            Assert.Contains(page, visited);
        }
        Assert.DoesNotContain(visited, url => url.Contains($"/assigned/{call.Unassigned}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Abstracts_held_back_pending_refused_or_with_co_authors_added_after_upload_are_never_reached()
    {
        var call = await BlindWorld.ArrangeAsync(app, _authors);
        var held = await BlindWorld.AddHeldBackAsync(app, call, _authors);
        using var rita = await app.SignedInAsync(BlindWorld.ReviewerEmail);

        var visited = await new BlindCrawler(rita, Secrets(), PageLimit).CrawlAsync(["/", "/reviewing", $"/calls/{call.CallId}/bidding"]);

        foreach (var page in BlindWorld.ReviewerPagesThatMustBeReached(call))
        {
            Assert.Contains(page, visited);
        }
        foreach (var (id, number) in held.Select((id, i) => (id, i + 4)))
        {
            Assert.DoesNotContain(visited, url => url.Contains(id.ToString(), StringComparison.Ordinal) || url.EndsWith($"/assigned/{number}/review", StringComparison.Ordinal));
            // Not linked, and not reachable by guessing either: the PDF would name Samuel Okafor in its text.
            foreach (var url in new[] { $"/calls/{call.CallId}/assigned/{id}", $"/calls/{call.CallId}/assigned/{id}/pdf", $"/calls/{call.CallId}/bidding/{id}",
                         $"/calls/{call.CallId}/assigned/{number}/review" })
            {
                Assert.Equal(System.Net.HttpStatusCode.NotFound, (await rita.GetAsync(url)).Status);
            }
        }
    }

    [Fact]
    public async Task A_reviewer_who_guesses_authors_in_the_profile_after_the_call_closes_sees_exactly_what_they_saw_before()
    {
        var call = await BlindWorld.ArrangeAsync(app, _authors);
        using var rita = await app.SignedInAsync(BlindWorld.ReviewerEmail);
        var starts = new[] { "/", "/reviewing", $"/calls/{call.CallId}/bidding" };
        var before = await new BlindCrawler(rita, Secrets(), PageLimit).CrawlAsync(starts);
        var biddingBefore = Numbers((await rita.GetAsync($"/calls/{call.CallId}/bidding")).Html);
        var assignedBefore = Numbers((await rita.GetAsync($"/calls/{call.CallId}/assigned")).Html);
        Assert.NotEmpty(biddingBefore);
        Assert.NotEmpty(assignedBefore);

        // Every author's e-mail, domain and affiliation guessed at once: under the old rule each would make abstracts vanish.
        var profile = $"/calls/{call.CallId}/reviewing/profile";
        using var guessed = await rita.PostFieldsAsync(profile, profile,
        [
            new("Topics", "Optimization"), new("MaxLoad", "5"),
            new("DeclaredPeople", string.Join('\n', _authors.Select(a => a.Email))),
            new("EmailDomains", string.Join('\n', _authors.Select(a => a.Email.Split('@')[1]))),
            new("Affiliations", string.Join('\n', _authors.Select(a => a.Affiliation))),
        ]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, guessed.StatusCode);
        Assert.Contains("they went to the organizers as declared conflicts", System.Net.WebUtility.HtmlDecode((await rita.GetAsync(profile)).Html));

        // The profile page echoes what the reviewer typed (their own guesses), so this crawl looks for the names only.
        var after = await new BlindCrawler(rita, [.. _authors.Select(a => a.Name)], PageLimit).CrawlAsync(starts);
        Assert.Equal(before.Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
        Assert.Equal(biddingBefore, Numbers((await rita.GetAsync($"/calls/{call.CallId}/bidding")).Html));
        Assert.Equal(assignedBefore, Numbers((await rita.GetAsync($"/calls/{call.CallId}/assigned")).Html));
    }

    /// <summary>The abstract numbers a list page shows, from its cards (bidding) or its rows (assigned).</summary>
    private static string[] Numbers(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "data-number=\"(\\d+)\"|<tr><td>(\\d+)</td>").Select(m => m.Value)];

    [Fact]
    public async Task The_crawler_notices_a_leak()
    {
        // The check must be able to fail: the submission's owner sees the author list, and so finds a "leak".
        await BlindWorld.ArrangeAsync(app, _authors);
        using var owner = await app.SignedInAsync(BlindWorld.OwnerEmail);

        var leak = await Assert.ThrowsAsync<BlindLeakException>(() => new BlindCrawler(owner, Secrets(), PageLimit).CrawlAsync(["/submissions"]));
        Assert.Contains("Samuel Okafor", leak.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Secrets() =>
        [.. _authors.SelectMany(a => new[] { a.Name, a.Email, a.Affiliation, a.Email.Split('@')[1] })];
}
