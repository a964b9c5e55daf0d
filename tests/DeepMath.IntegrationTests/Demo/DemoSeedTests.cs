using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Demo;

[Collection(AppCollection.Name)]
public sealed class DemoSeedTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_seeds_deepmath_2025_with_its_real_dates_once_and_its_logins_work()
    {
        var logins = await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        var again = await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        Assert.Equal(logins, again);
        Assert.Equal(["site admin", "organizer", "author", "author", "reviewer", "reviewer", "attendee"], logins.Select(l => l.Role));

        using var session = app.NewSession();
        var (status, html) = await session.GetAsync("/events/deepmath-2025");
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var date in new[] { "2025-07-01", "2025-08-31", "2025-10-01", "2025-11-05", "2025-11-06" })
        {
            Assert.Contains(date, html);
        }
        Assert.Contains("9th Conference on the Mathematical Theory of Deep Neural Networks", html);
        var (_, home) = await session.GetAsync("/");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(home, "href=\"/events/deepmath-2025\""));

        // The demo's attendee has a confirmed place, so the ticket and the book of abstracts can be looked at as one.
        var attendee = logins.Single(l => l.Role == "attendee");
        using (var tara = app.NewSession())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await tara.LoginAsync(attendee.Email, attendee.Password)).StatusCode);
            Assert.Contains("download-ticket", (await tara.GetAsync("/events/deepmath-2025/registration")).Html, StringComparison.Ordinal);
        }

        var organizer = logins.Single(l => l.Role == "organizer");
        Assert.Equal(HttpStatusCode.Redirect, (await session.LoginAsync(organizer.Email, organizer.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/events/deepmath-2025/edit")).Status);
        var callPage = await session.GetAsync("/events/deepmath-2025");
        var callLink = System.Text.RegularExpressions.Regex.Match(callPage.Html, "href=\"(/events/deepmath-2025/calls/[0-9a-f-]+)\"").Groups[1].Value;
        var (_, call) = await session.GetAsync(callLink);
        foreach (var topic in DemoEvent.Topics.Concat(DemoEvent.Disciplines))
        {
            Assert.Contains($"<li>{topic}</li>", call);
        }
    }
}
