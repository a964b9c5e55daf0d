using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>The demo's research programme: figures, dated news, events here and elsewhere, an open award call, and the demonstration notice.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoProgrammeTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_programme_page_shows_its_figures_news_events_and_open_award_call_and_says_it_is_a_demonstration()
    {
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        using var visitor = app.NewSession();
        var (status, page) = await visitor.GetAsync($"/organisations/{DemoOrganisation.Slug}");
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var figure in new[] { "23</span> <span class=\"org-figure-label\">projects", "34</span> <span class=\"org-figure-label\">principal investigators",
                     "24</span> <span class=\"org-figure-label\">universities" })
        {
            Assert.Contains(figure, page);
        }
        Assert.Contains("Demonstration content.", page);
        Assert.Contains("SPP 2298", page);
        Assert.Contains("Best Thesis Award 2024 announced", page);
        Assert.Contains("Call for applications: Best Thesis Award 2025", page);
        Assert.Contains("href=\"/events/deepmath-2025\"", page);
        Assert.Contains("https://example.org/spp-2298/annual-meeting-2025", page);
        Assert.Contains("Apply</a>", page);
        var (_, home) = await visitor.GetAsync("/");
        Assert.Contains("Award calls open now", home);
        Assert.Contains("Best Thesis Award 2025", home);
        var (_, news) = await visitor.GetAsync($"/organisations/{DemoOrganisation.Slug}/news");
        Assert.Contains("placeholder name for this demonstration", news);
    }
}
