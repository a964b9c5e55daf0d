using System.Net;
using DeepMath.IntegrationTests.Decisions;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Program.Editing;

/// <summary>Only the event's organizers reach the editor and the release, and every post needs its antiforgery token.</summary>
[Collection(AppCollection.Name)]
public sealed class EditorAccessTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Others_get_404_on_every_page_and_post_and_visitors_are_sent_to_sign_in()
    {
        var setup = await app.AcceptedAsync();
        using var ada = app.NewSession();
        await ada.LoginAsync(DecisionsData.Ada, TestData.Password);
        foreach (var page in new[] { ProgramSetup.Editor, ProgramSetup.Release })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync(page)).Status);
        }
        // Ada takes a valid antiforgery token from a page she may see, and posts to each of the editor's actions.
        var submissionPage = $"/submissions/{setup.Submissions[0].Id}";
        foreach (var action in new[] { "rooms", "rooms/remove", "sessions", "sessions/remove", "items/place", "items/invited", "items/panel", "items/free", "items/move", "items/change", "posters" })
        {
            using var response = await ada.PostFormAsync(submissionPage, $"{ProgramSetup.Editor}/{action}", new Dictionary<string, string>
            {
                ["Name"] = "Ada's room", ["Title"] = "Ada's session", ["Day"] = "2025-11-06", ["Starts"] = "09:00", ["Ends"] = "10:00", ["Speaker"] = "Ada",
                ["Moderator"] = "Ada", ["Panelists"] = "Bob", ["SessionId"] = $"{Guid.NewGuid()}", ["SubmissionId"] = $"{setup.Submissions[0].Id}",
            });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{action} answered {(int)response.StatusCode}");
        }
        using var release = await ada.PostFormAsync(submissionPage, ProgramSetup.Release, new Dictionary<string, string> { ["Name"] = "Ada's release" });
        Assert.Equal(HttpStatusCode.NotFound, release.StatusCode);

        using var visitor = app.NewSession();
        using var anonymous = await visitor.Client.GetAsync(ProgramSetup.Editor);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_organizers_post_without_the_antiforgery_token_is_refused()
    {
        await app.AcceptedAsync();
        using var olga = await app.OrganizerAsync();
        Assert.Equal(HttpStatusCode.OK, (await olga.GetAsync(ProgramSetup.Editor)).Status);

        using var response = await olga.Client.PostAsync($"{ProgramSetup.Editor}/rooms", new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Hall A" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Hall A", (await olga.GetAsync(ProgramSetup.Editor)).Html);
    }

    [Fact]
    public async Task The_event_page_links_the_editor_for_organizers_only()
    {
        await app.AcceptedAsync();
        using var olga = await app.OrganizerAsync();
        Assert.Contains($"href=\"{ProgramSetup.Editor}\"", (await olga.GetAsync($"/events/{ProgramSetup.Slug}")).Html);
        using var visitor = app.NewSession();
        Assert.DoesNotContain("program/edit", (await visitor.GetAsync($"/events/{ProgramSetup.Slug}")).Html);
    }
}
