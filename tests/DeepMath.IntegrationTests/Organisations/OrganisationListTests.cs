using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>The list of organisations, its own use case (Organisations/OrganisationList) beside the organisation's page.</summary>
[Collection(AppCollection.Name)]
public sealed class OrganisationListTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_list_links_each_organisation_to_its_page()
    {
        var manager = await app.CreateUserAsync("olga@example.org");
        await app.CreateOrganisationAsync(manager.Id);
        using var visitor = app.NewSession();

        var (status, list) = await visitor.GetAsync("/organisations");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"href=\"/organisations/{AwardForms.Slug}\">Theory of Deep Learning Programme</a>", list);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/organisations/{AwardForms.Slug}")).Status);
    }
}
