using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Demo;
using DeepMath.Web.Modules.Events.Domain;
using DeepMath.Web.Modules.Events.EditCall;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Topics;

/// <summary>The demo's Mathematics of Modern Machine Learning workshop: a workshop with a call for papers on nested topics, marked as demonstration.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoWorkshopTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_holds_the_workshop_with_four_areas_paper_rules_and_an_open_call_once()
    {
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        await app.WithScopeAsync(s => s.GetRequiredService<DemoSeeder>().SeedAsync());
        var (ev, call, reviewers) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var ev = await db.Events.AsNoTracking().SingleAsync(e => e.Slug == DemoModernMlWorkshop.Slug);
            var call = await db.Calls.AsNoTracking().SingleAsync(c => c.EventId == ev.Id);
            return (ev, call, await db.Reviewers.AsNoTracking().Where(r => r.CallId == call.Id).ToListAsync());
        });
        Assert.Equal(EventKind.Workshop, ev.Kind);
        Assert.Equal(CallPresets.PaperRules, call.FormatRules);
        Assert.True(call.DoubleBlind);
        Assert.Equal(
            ["Reconciling optimization theory with deep learning practice", "Generalization for overparametrized models",
             "Theory for foundation and pretrained models", "Provable guarantees beyond supervised learning"],
            call.Topics.Where(t => !t.Contains('›', StringComparison.Ordinal)));
        foreach (var sub in new[] { "Edge of stability", "Implicit bias", "Scaling laws", "In-context learning", "Deep reinforcement learning" })
        {
            Assert.Single(call.Topics, t => t.EndsWith(" › " + sub, StringComparison.Ordinal));
        }
        Assert.Equal(2, reviewers.Count);
        Assert.All(reviewers, r => Assert.All(r.ExpertiseTopics, t => Assert.Contains(t, call.Topics)));

        using var visitor = app.NewSession();
        var (status, page) = await visitor.GetAsync($"/events/{DemoModernMlWorkshop.Slug}/calls/{call.Id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Open", page);
        Assert.Contains("Submissions are papers, reviewed double-blind", page);
        Assert.Contains("<li>Edge of stability</li>", page);
        var (_, eventPage) = await visitor.GetAsync($"/events/{DemoModernMlWorkshop.Slug}");
        Assert.Contains("Demonstration content.", eventPage);
    }
}
