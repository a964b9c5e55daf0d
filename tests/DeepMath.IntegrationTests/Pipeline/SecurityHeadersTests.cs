using System.Net;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Accounts.CreateAdmin;
using DeepMath.Web.Modules.Events.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Pipeline;

/// <summary>
/// Every response the site gives, to every kind of visitor, carries the security headers: the crawl
/// follows every link as a stranger, an author, a reviewer, an organizer and a site admin.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests(AppFixture app) : IAsyncLifetime
{
    private const int PageLimit = 700;
    private const string AdminPassword = "an administrator's passphrase";

    private static readonly (string Name, string Email, string Affiliation)[] _authors =
    [
        ("Samuel Okafor", "s.okafor@okafor-lab.org", "Okafor Laboratory of Learning"),
        ("Ingrid Solberg", "ingrid@fjord-tech.no", "Fjord Institute of Technology"),
        ("Tomás Herrera", "therrera@andes-matematica.cl", "Universidad de los Andes Matemáticos"),
    ];

    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_page_the_crawl_reaches_as_each_role_carries_the_security_headers()
    {
        var call = await BlindWorld.ArrangeAsync(app, _authors);
        var organizer = await app.CreateUserAsync("olga@example.org", name: "Olga Organizer");
        var slug = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var eventId = await db.Calls.Where(c => c.Id == call.CallId).Select(c => c.EventId).SingleAsync();
            db.EventOrganizers.Add(new EventOrganizer { EventId = eventId, UserId = organizer.Id });
            await db.SaveChangesAsync();
            return await db.Events.Where(e => e.Id == eventId).Select(e => e.Slug).SingleAsync();
        });
        await app.WithScopeAsync(s => s.GetRequiredService<CreateAdminHandler>().HandleAsync("root@example.org", AdminPassword));

        var visitors = new List<(string Role, WebSession Session)>
        {
            ("stranger", app.NewSession()),
            ("author", await app.SignedInAsync(BlindWorld.OwnerEmail)),
            ("reviewer", await app.SignedInAsync(BlindWorld.ReviewerEmail)),
            ("organizer", await app.SignedInAsync("olga@example.org")),
        };
        var admin = app.NewSession();
        await admin.LoginAsync("root@example.org", AdminPassword);
        visitors.Add(("site admin", admin));

        string[] starts = ["/", "/submissions", "/reviewing", $"/events/{slug}", $"/calls/{call.CallId}/bidding", "/account/manage", "/account/login",
            "/account/register", "/account/forgot-password", "/no-such-page", "/error/404", "/hangfire"];
        var problems = new List<string>();
        var visited = 0;
        var reached = new Dictionary<string, List<string>>();
        foreach (var (role, session) in visitors)
        {
            using var _ = session;
            var crawler = new HeaderCrawler(session, PageLimit);
            await crawler.CrawlAsync(starts);
            problems.AddRange(crawler.Problems.Select(p => $"as {role}: {p}"));
            visited += crawler.Visited.Count;
            Assert.Contains(crawler.Visited, url => url.EndsWith(".css", StringComparison.Ordinal) || url.Contains(".css?", StringComparison.Ordinal));
            reached[role] = crawler.Visited;
        }
        // The crawl went where each role's powers lie, so that it cannot pass by seeing nothing.
        Assert.All(BlindWorld.ReviewerPagesThatMustBeReached(call), page => Assert.Contains(page, reached["reviewer"]));
        Assert.Contains($"/events/{slug}/edit", reached["organizer"]);
        Assert.Contains($"/events/{slug}/edit", reached["site admin"]);
        Assert.Contains("/admin/outbox", reached["site admin"]);
        Assert.True(visited > 100, $"The crawl reached only {visited} addresses.");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));
    }

    [Fact]
    public async Task Error_pages_posts_and_throttled_answers_carry_the_headers_too()
    {
        using var session = app.NewSession();
        using var refused = await session.Client.PostAsync("/account/login", new StringContent("code=299", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Empty(HeaderCrawler.Check("POST /account/login without a token", refused));
        using var strict = app.NewStrictSession("10.9.0.1");
        for (var attempt = 0; attempt <= AppFixture.StrictSignInsPerAccount; attempt++)
        {
            using var _ = await strict.LoginAsync("headers@example.org", "guess");
        }
        using var throttled = await strict.LoginAsync("headers@example.org", "guess");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Empty(HeaderCrawler.Check("a throttled sign-in", throttled));
    }

    [Fact]
    public async Task Outside_development_every_cookie_is_secure()
    {
        await app.CreateUserAsync("secure@example.org");
        using var session = app.NewStrictSession("10.9.0.2");
        using var page = await session.Client.GetAsync("/account/login");
        using var signedIn = await session.LoginAsync("secure@example.org", TestData.Password);
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signedIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("deepmath.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
