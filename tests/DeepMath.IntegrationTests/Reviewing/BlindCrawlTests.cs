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
