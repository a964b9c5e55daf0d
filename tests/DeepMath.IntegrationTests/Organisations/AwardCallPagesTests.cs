using System.Net;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>An award call's ordinary call and submission pages lead to the application form only, never to the abstract form.</summary>
[Collection(AppCollection.Name)]
public sealed class AwardCallPagesTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_generic_call_and_submit_routes_of_an_award_call_lead_to_the_application_and_save_nothing()
    {
        using var round = await AwardRound.OpenAsync(app);
        var (managerSession, callId) = (round.Manager, round.CallId);
        var slug = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var eventId = await db.Calls.Where(c => c.Id == callId).Select(c => c.EventId).SingleAsync();
            return await db.Events.Where(e => e.Id == eventId).Select(e => e.Slug).SingleAsync();
        });

        var ada = await round.ApplicantAsync("ada@example.org", "Ada Quill");
        var apply = $"/awards/{callId}/apply";

        // The call's public page offers the application form, not "Start a submission".
        var (status, callPage) = await ada.GetAsync($"/events/{slug}/calls/{callId}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"award-apply\"", callPage);
        Assert.Contains($"href=\"{apply}\"", callPage);
        Assert.DoesNotContain($"/calls/{callId}/submissions/new", callPage);

        // The abstract form's address sends the applicant to the application form, with the reason.
        using (var start = await ada.Client.GetAsync($"/calls/{callId}/submissions/new"))
        {
            Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
            Assert.Equal(apply, start.Headers.Location!.OriginalString);
        }
        var (_, applyPage) = await ada.GetAsync(apply);
        Assert.Contains("is an award call: you apply with the application form below", applyPage);

        // A post of the abstract form (made by hand) is not saved.
        using (var posted = await ada.PostFormAsync(apply, $"/calls/{callId}/submissions/new", new Dictionary<string, string>
        {
            ["Title"] = "A thesis without the application", ["Abstract"] = "Text.", ["Authors[0].Name"] = "Ada Quill",
            ["Authors[0].Email"] = "ada@example.org", ["Authors[0].Affiliation"] = "University of Testing", ["Command"] = "submit",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            Assert.Equal(apply, posted.Headers.Location!.OriginalString);
        }
        Assert.Equal(0, await app.WithScopeAsync(services => services.GetRequiredService<DeepMathDbContext>().Submissions.CountAsync()));

        // After applying, the thesis's submission page leads the applicant back to the application; a post there changes nothing.
        await ada.ApplyOkAsync(callId, "Ada Quill", "sam@uni.example", ThesisPdf.Create(3, "Ada Quill", "ada@example.org"));
        var submission = await app.WithScopeAsync(services => services.GetRequiredService<DeepMathDbContext>().Submissions.AsNoTracking().SingleAsync());
        using (var page = await ada.Client.GetAsync($"/submissions/{submission.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal(apply, page.Headers.Location!.OriginalString);
        }
        using (var edited = await ada.PostFormAsync(apply, $"/submissions/{submission.Id}", new Dictionary<string, string>
        {
            ["Title"] = "Renamed behind the application's back", ["Abstract"] = "Text.", ["Authors[0].Name"] = "Ada Quill",
            ["Authors[0].Email"] = "ada@example.org", ["Command"] = "save",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
            Assert.Equal(apply, edited.Headers.Location!.OriginalString);
        }
        Assert.Equal(submission.Title, await app.WithScopeAsync(services =>
            services.GetRequiredService<DeepMathDbContext>().Submissions.Select(s => s.Title).SingleAsync()));

        // The round's organizers still read the thesis's submission page.
        Assert.Equal(HttpStatusCode.OK, (await managerSession.GetAsync($"/submissions/{submission.Id}")).Status);
    }
}
