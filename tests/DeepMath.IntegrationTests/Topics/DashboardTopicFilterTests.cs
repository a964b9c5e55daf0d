using DeepMath.IntegrationTests.Decisions;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using static DeepMath.IntegrationTests.Topics.NestedTopicsData;

namespace DeepMath.IntegrationTests.Topics;

/// <summary>The decision table filters by an area (its sub-topics included) or by one sub-topic, in SQL; the summary still counts every topic.</summary>
[Collection(AppCollection.Name)]
public sealed class DashboardTopicFilterTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_area_finds_its_sub_topics_and_a_sub_topic_finds_only_itself()
    {
        var setup = await app.DecisionCallAsync(submissions: 0, reviewers: 0);
        await app.SetTopicsAsync(setup.Call.Id, CallTopics);
        string[][] topics = [[EdgeOfStability], [ImplicitBias], [Optimization], [Generalization], [BenignOverfitting, ImplicitBias], []];
        for (var n = 1; n <= topics.Length; n++)
        {
            await app.SubmitOwnedAsync(setup.Call.Id, "owner-" + n, n, $"Paper number {n}", topics[n - 1], [($"Author {n}", $"author{n}@example.org", "Uni C")]);
        }
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        string Url(string topic) => $"{setup.Dashboard}?topic={Uri.EscapeDataString(topic)}";

        Assert.Equal([1, 2, 3, 5], DashboardTests.Numbers((await olga.GetAsync(Url(Optimization))).Html));
        Assert.Equal([4, 5], DashboardTests.Numbers((await olga.GetAsync(Url(Generalization))).Html));
        Assert.Equal([1], DashboardTests.Numbers((await olga.GetAsync(Url(EdgeOfStability))).Html));
        Assert.Equal([2, 5], DashboardTests.Numbers((await olga.GetAsync(Url(ImplicitBias))).Html));
        Assert.Empty(DashboardTests.Numbers((await olga.GetAsync(Url("Optim"))).Html)); // a prefix of a name is not an area
        Assert.Equal([1, 2, 3, 4, 5, 6], DashboardTests.Numbers((await olga.GetAsync(setup.Dashboard)).Html));

        var (_, page) = await olga.GetAsync(Url(ImplicitBias));
        var decoded = System.Net.WebUtility.HtmlDecode(page);
        Assert.Contains("<optgroup label=\"Optimization\"><option value=\"Optimization\">All of Optimization</option>", decoded);
        Assert.Contains($"<option value=\"{ImplicitBias}\" selected=\"selected\">Implicit bias</option>", decoded);
        Assert.Contains("2 submission(s)", page);
        // The summary counts each chosen topic over the whole call, whatever the filter; sub-topics are named by themselves.
        Assert.Contains("<title>Implicit bias: 2</title>", decoded);
        Assert.Contains("<title>Edge of stability: 1</title>", decoded);
        Assert.Contains("<title>Optimization: 1</title>", decoded);
    }
}
