using System.Net;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>
/// The anonymity check follows the author list: a co-author added (or renamed) after the upload is looked for in the
/// stored PDF before the abstract can be submitted or stay submitted; and in a double-blind call an author's
/// affiliation in the text blocks submission like a name.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AuthorChangeTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string, string) _ada = ("Ada Quill", "ada@example.org");
    private static readonly (string, string) _samuel = ("Samuel Okafor", "s.okafor@cs.example.com");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_co_author_named_in_the_text_and_added_after_submission_is_found_and_the_abstract_is_held_back()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var reviewerUser = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        await app.AddReviewerAsync(call.Id, reviewerUser.Id, r => r.ExpertiseTopics = ["Optimization"]);
        await app.CreateUserAsync("ada@example.org");
        using var ada = await app.SignedInAsync("ada@example.org");

        // Samuel Okafor is named in the text, but not listed yet: the check has nobody to look for.
        var id = await ada.CreateAsync(call.Id, SubmissionForms.Fields("Balanced linear networks", "submit", _ada), SubmissionForms.Pdf("name-in-text.pdf"));
        Assert.Contains("No format errors.", (await ada.GetAsync($"/submissions/{id}")).Html);

        using var refused = await ada.SaveAsync(id, SubmissionForms.Fields("Balanced linear networks", "save", _ada, _samuel));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The authors changed, so the stored PDF was checked again against them.", page);
        Assert.Contains("against the authors as you listed them now", page);
        Assert.Contains("data-code=\"anonymity.name\"", page);
        Assert.Equal(["Ada Quill"], await AuthorNamesAsync(id)); // nothing saved

        var withRequest = SubmissionForms.Fields("Balanced linear networks", "save", _ada, _samuel);
        withRequest.Add(new("ExceptionRequest", "Samuel's code is cited as software, not as our work."));
        using var saved = await ada.SaveAsync(id, withRequest);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = WebUtility.HtmlDecode((await ada.GetAsync($"/submissions/{id}")).Html);
        Assert.Contains("it is not sent to review until organizers grant it", after);
        Assert.Contains("format exception requested", after);
        Assert.Contains("data-code=\"anonymity.name\"", after);

        app.Clock.Freeze(ReviewingData.BiddingTime);
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var (_, bidding) = await rita.GetAsync($"/calls/{call.Id}/bidding");
        Assert.DoesNotContain("Balanced linear networks", bidding);
        using var olga = await app.SignedInAsync("olga@example.org");
        Assert.Contains("The authors ask for a format exception", WebUtility.HtmlDecode((await olga.GetAsync($"/calls/{call.Id}/submissions")).Html));
    }

    [Fact]
    public async Task A_renamed_author_is_checked_again_in_a_draft_and_the_stored_report_follows_the_list()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        await app.CreateUserAsync("ada@example.org");
        using var ada = await app.SignedInAsync("ada@example.org");
        var id = await ada.CreateAsync(call.Id, SubmissionForms.Fields("Balanced linear networks", "save", _ada, ("Sam Okafor", "s.okafor@cs.example.com")),
            SubmissionForms.Pdf("name-in-text.pdf"));
        Assert.Contains("No format errors.", (await ada.GetAsync($"/submissions/{id}")).Html);

        using var saved = await ada.SaveAsync(id, SubmissionForms.Fields("Balanced linear networks", "save", _ada, _samuel));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = (await ada.GetAsync($"/submissions/{id}")).Html;
        Assert.Contains("data-code=\"anonymity.name\"", page);
        using var submit = await ada.SaveAsync(id, SubmissionForms.Fields("Balanced linear networks", "submit", _ada, _samuel));
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Contains("format error", await submit.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_affiliation_in_the_text_blocks_a_double_blind_submission_and_only_warns_in_a_single_blind_call()
    {
        var (_, blind) = await app.CreateEventAsync(zone: "UTC");
        var (_, open) = await app.CreateEventAsync(slug: "single-blind", zone: "UTC");
        await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.Where(c => c.Id == open.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.DoubleBlind, false)));
        await app.CreateUserAsync("ada@example.org");
        using var ada = await app.SignedInAsync("ada@example.org");
        List<KeyValuePair<string, string>> Fields(string command) =>
            [.. SubmissionForms.Fields("Synthetic targets", command, _ada).Select(f => f.Key == "Authors[0].Affiliation" ? new(f.Key, "University of Toronto") : f)];
        var pdf = SubmissionForms.Pdf("affiliation.pdf");

        var page = $"/calls/{blind.Id}/submissions/new";
        using var refused = await ada.PostSubmissionAsync(page, page, Fields("submit"), pdf);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("The PDF has 1 format error", html);
        Assert.Contains("Review is double-blind, so this tells reviewers where the authors work", html);

        var openPage = $"/calls/{open.Id}/submissions/new";
        using var submitted = await ada.PostSubmissionAsync(openPage, openPage, Fields("submit"), pdf);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var shown = WebUtility.HtmlDecode((await ada.GetAsync(submitted.Headers.Location!.OriginalString)).Html);
        Assert.Contains("<strong>submitted</strong>", shown);
        Assert.Contains("That is fine when it is cited for another reason", shown);
    }

    private Task<List<string>> AuthorNamesAsync(Guid id) =>
        app.WithScopeAsync(async s => (await s.GetRequiredService<DeepMathDbContext>().Submissions.AsNoTracking().SingleAsync(x => x.Id == id))
            .OrderedAuthors().Select(a => a.Name).ToList());
}
