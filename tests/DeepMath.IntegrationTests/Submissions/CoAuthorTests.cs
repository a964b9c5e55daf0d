using System.Net;
using DeepMath.IntegrationTests.Decisions;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Decisions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>
/// Co-authors with an account under a listed, confirmed e-mail read the abstract, its state and its sent decision; only the
/// submitter and the authors the submitter ticked "may edit" change it; accepted abstracts get a final version until the call's day.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CoAuthorTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Listed_coauthors_read_the_abstract_and_only_those_named_as_editors_change_it()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        await app.CreateUserAsync("ada@example.org");
        await app.CreateUserAsync("ben@example.net");
        await app.CreateUserAsync("cleo@example.com");
        await app.CreateUserAsync("dan@example.com", confirmed: false);
        using var ada = await app.SignedInAsync("ada@example.org");
        var fields = SubmissionForms.Fields("Shared work", "save", ("Ada Quill", "ada@example.org"), ("Ben Marsh", "Ben@Example.net"), ("Cleo Park", "cleo@example.com"), ("Dan Roe", "dan@example.com"));
        fields.Add(new("Authors[2].MayEdit", "true"));
        var id = await ada.CreateAsync(call.Id, fields);

        using var ben = await app.SignedInAsync("ben@example.net");
        var (status, page) = await ben.GetAsync($"/submissions/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Submission 1: Shared work<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"coauthor-note\"", page, StringComparison.Ordinal);
        Assert.Contains("<fieldset disabled=\"disabled\">", page, StringComparison.Ordinal);
        Assert.Contains("coauthor-badge", (await ben.GetAsync("/submissions")).Html, StringComparison.Ordinal);
        using (var refused = await ben.PostSubmissionAsync($"/submissions/{id}", $"/submissions/{id}", SubmissionForms.Fields("Ben's now", "save", ("Ben Marsh", "ben@example.net"))))
        {
            Assert.Contains("/account/denied", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        }
        Assert.Contains("Submission 1: Shared work<", (await ada.GetAsync($"/submissions/{id}")).Html, StringComparison.Ordinal);
        using var dan = await app.SignedInAsync("dan@example.com");
        Assert.Equal(HttpStatusCode.NotFound, (await dan.GetAsync($"/submissions/{id}")).Status);

        using var cleo = await app.SignedInAsync("cleo@example.com");
        var edit = SubmissionForms.Fields("Shared work, edited by Cleo", "save", ("Ada Quill", "ada@example.org"), ("Ben Marsh", "ben@example.net"), ("Cleo Park", "cleo@example.com"));
        edit.Add(new("Authors[1].MayEdit", "true"));
        using (var saved = await cleo.SaveAsync(id, edit))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var editors = await app.WithScopeAsync(async s => await s.GetRequiredService<DeepMathDbContext>().Submissions.AsNoTracking()
            .Where(x => x.Id == id).SelectMany(x => x.Authors).OrderBy(a => a.Position).Select(a => a.MayEdit).ToListAsync());
        Assert.Equal([false, false, true], editors);
        Assert.Contains("Shared work, edited by Cleo", (await ada.GetAsync($"/submissions/{id}")).Html, StringComparison.Ordinal);
        using var withdraw = await cleo.PostFormAsync($"/submissions/{id}", $"/submissions/{id}/withdraw", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
    }

    [Fact]
    public async Task After_acceptance_the_page_shows_the_decision_and_accepted_authors_save_final_versions_until_the_day()
    {
        var setup = await app.DecisionCallAsync(submissions: 1);
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.Where(c => c.Id == setup.Call.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.FinalVersionOn, new DateOnly(2025, 10, 15))));
        using var olga = await app.SignedInAsync(DecisionsData.Organizer);
        await olga.DecideAsync(setup, DecisionOutcome.Poster, 1);
        await olga.PostFormAsync($"{setup.Dashboard}/notify", $"{setup.Dashboard}/notify/send", new Dictionary<string, string>());
        await app.RunNotificationsJobAsync();
        var id = setup.Submissions[0].Id;

        using var ada = await app.SignedInAsync(DecisionsData.Ada);
        var page = (await ada.GetAsync($"/submissions/{id}")).Html;
        Assert.Contains("Decision: <strong>accepted as a poster</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("State: <strong>submitted</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/submissions/{id}/decision\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/events/deepmath-2025/register\"", page, StringComparison.Ordinal);
        Assert.Contains("until 15 October 2025 (end of the day, ", page, StringComparison.Ordinal);
        using var bob = await app.SignedInAsync(DecisionsData.Bob);
        var bobs = (await bob.GetAsync("/submissions")).Html;
        Assert.Contains("accepted as a poster", bobs, StringComparison.Ordinal);
        Assert.Contains("Decision: <strong>accepted as a poster</strong>", (await bob.GetAsync($"/submissions/{id}")).Html, StringComparison.Ordinal);

        var final = SubmissionForms.Fields("Implicit bias of gradient descent, final", "save", ("Ada Lovelace", DecisionsData.Ada), ("Bob Builder", DecisionsData.Bob));
        using (var byBob = await bob.PostSubmissionAsync($"/submissions/{id}", $"/submissions/{id}/final", final))
        {
            Assert.Equal(HttpStatusCode.BadRequest, byBob.StatusCode);
        }
        using (var saved = await ada.PostSubmissionAsync($"/submissions/{id}", $"/submissions/{id}/final", final))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        page = (await ada.GetAsync($"/submissions/{id}")).Html;
        Assert.Contains("Implicit bias of gradient descent, final", page, StringComparison.Ordinal);
        Assert.Contains("v1 saved", page, StringComparison.Ordinal);
        var versions = await app.WithScopeAsync(async s => await s.GetRequiredService<DeepMathDbContext>().SubmissionFinalVersions.CountAsync(v => v.SubmissionId == id));
        Assert.Equal(1, versions);

        app.Clock.Freeze(new DateTimeOffset(2025, 10, 16, 0, 0, 0, TimeSpan.Zero));
        using var late = await ada.PostSubmissionAsync($"/submissions/{id}", $"/submissions/{id}/final",
            SubmissionForms.Fields("Too late", "save", ("Ada Lovelace", DecisionsData.Ada)));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("could be changed until 2025-10-15", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
