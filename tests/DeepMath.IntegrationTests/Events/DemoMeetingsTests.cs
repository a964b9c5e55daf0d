using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Events;

/// <summary>The demo's other meetings: the half-day workshop inside DeepMath 2025 and Weijie Su's colloquium talk in its series.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoMeetingsTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_holds_the_workshop_inside_deepmath_2025_and_the_colloquium_series_marked_as_demo_content()
    {
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        using var visitor = app.NewSession();

        var conference = WebUtility.HtmlDecode((await visitor.GetAsync("/events/deepmath-2025")).Html);
        Assert.Contains("Half-day Workshop on the Theoretical Analysis of Deep Learning", conference);
        Assert.Contains("Friday 7 November 2025, 09:00–13:00 (America/New_York, UTC−05:00)", conference);

        var (status, workshopHtml) = await visitor.GetAsync($"/events/{DemoMeetings.WorkshopSlug}");
        var workshop = WebUtility.HtmlDecode(workshopHtml);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Organized by Han Feng, Jun Fan, Shuo Huang, Yunwei Lei.", workshop);
        Assert.Contains("Invited talks, panel discussions and interactive brainstorming sessions", workshop);
        Assert.Contains("Demo content", workshop);

        var series = WebUtility.HtmlDecode((await visitor.GetAsync("/series/scms-colloquium")).Html);
        var past = series[series.IndexOf("data-testid=\"past-talks\"", StringComparison.Ordinal)..];
        Assert.Contains(DemoMeetings.SuTalkTitle, past);
        Assert.Contains("Wednesday 23 July 2025, 10:30–11:30 (Asia/Shanghai, UTC+08:00) · Room 102", past);
        Assert.Contains("Demo talk", series[..series.IndexOf("data-testid=\"past-talks\"", StringComparison.Ordinal)]);
        Assert.Contains("Demo content", series);

        var talk = WebUtility.HtmlDecode((await visitor.GetAsync("/events/scms-colloquium-2025-07-23")).Html);
        Assert.Contains("Weijie Su</a> (University of Pennsylvania)", talk);
        Assert.Contains("Shanghai Center for Mathematical Sciences", talk);
        Assert.Contains("About the speaker", talk);

        var home = WebUtility.HtmlDecode((await visitor.GetAsync("/")).Html);
        Assert.Contains("DeepMath 2025: Call for abstracts", home);
        Assert.Contains("Wednesday 17 September 2025, 15:00–16:00 (Asia/Shanghai, UTC+08:00)", home);
        Assert.Contains("SCMS Colloquium", home);
    }
}
