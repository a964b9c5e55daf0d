using System.Net;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.EditCall;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Writer;
using static DeepMath.IntegrationTests.Topics.NestedTopicsData;

namespace DeepMath.IntegrationTests.Topics;

/// <summary>Authors choose sub-topics or a whole area on the submission form; a call for papers takes a paper the abstract call refuses.</summary>
[Collection(AppCollection.Name)]
public sealed class PaperSubmissionTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(new DateTimeOffset(2025, 8, 20, 12, 0, 0, TimeSpan.Zero));

    public Task DisposeAsync() => Task.CompletedTask;

    private static List<KeyValuePair<string, string>> Fields(string title, string command, string email, params string[] topics) =>
        [.. SubmissionForms.Fields(title, command, (title + " Author", email)).Where(f => f.Key != "Topics"), .. topics.Select(t => new KeyValuePair<string, string>("Topics", t))];

    private Task<(SubmissionState State, List<string> Topics)> StoredAsync(Guid id) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Submissions.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new ValueTuple<SubmissionState, List<string>>(x.State, x.Topics)).SingleAsync());

    [Fact]
    public async Task Sub_topics_and_whole_areas_are_saved_and_an_area_with_its_own_sub_topic_is_refused()
    {
        var (ada, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = ada;
        await app.SetTopicsAsync(callId, CallTopics);
        var (_, form) = await ada.GetAsync($"/calls/{callId}/submissions/new");
        Assert.Matches("for=\"topic-0\">Optimization\\s*<span[^>]*> \\(the whole area\\)</span>", form);
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(EdgeOfStability)}\"", form);

        var id = await ada.CreateAsync(callId, Fields("Sharpness at the edge", "save", "ada@example.org", EdgeOfStability, Generalization));
        Assert.Equal([EdgeOfStability, Generalization], (await StoredAsync(id)).Topics);
        var (_, page) = await ada.GetAsync($"/submissions/{id}");
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(EdgeOfStability)}\" id=\"topic-1\" checked=\"checked\"", page);
        Assert.Contains("value=\"Generalization\" id=\"topic-3\" checked=\"checked\"", page);
        Assert.DoesNotContain("value=\"Optimization\" id=\"topic-0\" checked", page);

        using var both = await ada.PostSubmissionAsync($"/submissions/{id}", $"/submissions/{id}", Fields("Sharpness at the edge", "save", "ada@example.org", Optimization, ImplicitBias));
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Contains("You chose the whole area \"Optimization\" and its sub-topic \"Implicit bias\": choose either the whole area or the sub-topics that fit.",
            WebUtility.HtmlDecode(await both.Content.ReadAsStringAsync()));
        using var unknown = await ada.PostSubmissionAsync($"/submissions/{id}", $"/submissions/{id}", Fields("Sharpness at the edge", "save", "ada@example.org", "Optimization › Astrology"));
        Assert.Contains("Optimization › Astrology is not among them", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal([EdgeOfStability, Generalization], (await StoredAsync(id)).Topics);
    }

    [Fact]
    public async Task A_six_page_paper_is_refused_by_the_abstract_call_and_accepted_once_the_call_takes_papers()
    {
        var sixPages = PdfMerger.Merge(new List<byte[]> { SubmissionForms.Pdf("three-pages.pdf"), SubmissionForms.Pdf("three-pages.pdf") }, null);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(sixPages))
        {
            Assert.Equal(6, document.NumberOfPages);
        }
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(organizerIds: [organizer.Id]);
        var user = await app.CreateUserAsync("ada@example.org");
        using var author = app.NewSession();
        await author.LoginAsync(user.Email!, TestData.Password);

        // A draft keeps the PDF and its report; submitting it is refused for the page count.
        var asAbstract = await author.CreateAsync(call.Id, SubmissionForms.Fields("Six pages", "save", ("Ada Quill", "ada@example.org")), sixPages);
        Assert.Contains("data-code=\"pages.too-many\"", (await author.GetAsync($"/submissions/{asAbstract}")).Html);
        using var refused = await author.PostSubmissionAsync($"/submissions/{asAbstract}", $"/submissions/{asAbstract}",
            SubmissionForms.Fields("Six pages", "submit", ("Ada Quill", "ada@example.org")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(SubmissionState.Draft, (await StoredAsync(asAbstract)).State);

        using var chair = await app.SignedInAsync("chair@example.org");
        using var saved = await chair.PostFormAsync($"/events/deepmath-2025/calls/{call.Id}/edit", CallFields(CallPresets.PaperRules, ("Title", "Call for papers")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var asPaper = await author.CreateAsync(call.Id, SubmissionForms.Fields("Six pages again", "submit", ("Bea Stone", "bea@example.org")), sixPages);
        var (_, page) = await author.GetAsync($"/submissions/{asPaper}");
        Assert.DoesNotContain("data-code=", page);
        Assert.Equal(SubmissionState.Submitted, (await StoredAsync(asPaper)).State);
    }
}
