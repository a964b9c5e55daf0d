using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>Who may see and change a submission, one abstract per presenting author, and withdrawal.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Another_author_gets_404_for_the_page_the_pdf_the_form_and_the_organizer_list()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var owner = await app.CreateUserAsync("ada@example.org");
        var stranger = await app.CreateUserAsync("eve@example.org");
        using var ada = app.NewSession();
        await ada.LoginAsync(owner.Email!, TestData.Password);
        var id = await ada.CreateAsync(call.Id, SubmissionForms.Fields("Private", "save", ("Ada Quill", "ada@example.org")), SubmissionForms.Pdf("ok-one-page.pdf"));

        using var eve = app.NewSession();
        await eve.LoginAsync(stranger.Email!, TestData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/submissions/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/submissions/{id}/pdf/1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"/calls/{call.Id}/submissions")).Status);
        var newForm = $"/calls/{call.Id}/submissions/new";
        using var post = await eve.PostSubmissionAsync(newForm, $"/submissions/{id}", SubmissionForms.Fields("Mine now", "save", ("Eve", "eve@example.org")));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        using var withdraw = await eve.PostFormAsync(newForm, $"/submissions/{id}/withdraw", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        var (_, page) = await ada.GetAsync($"/submissions/{id}");
        Assert.Contains("Submission 1: Private<", page);
    }

    [Fact]
    public async Task A_presenting_author_has_one_abstract_per_call_across_accounts_whatever_the_case_until_withdrawn()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var first = await app.CreateUserAsync("ada@example.org");
        var second = await app.CreateUserAsync("coauthor@example.org");
        using var ada = app.NewSession();
        await ada.LoginAsync(first.Email!, TestData.Password);
        var id = await ada.CreateAsync(call.Id, SubmissionForms.Fields("The first one", "save", ("Ada Quill", "Ada@Example.org")));

        using var other = app.NewSession();
        await other.LoginAsync(second.Email!, TestData.Password);
        var form = $"/calls/{call.Id}/submissions/new";
        using var refused = await other.PostSubmissionAsync(form, form, SubmissionForms.Fields("A second one", "save", ("Ada Quill", "ada@EXAMPLE.ORG"), ("Co Author", "coauthor@example.org")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("submission 1, &quot;The first one&quot;", html);

        // As second author she may appear on any number of abstracts.
        await other.CreateAsync(call.Id, SubmissionForms.Fields("Co-authored", "save", ("Co Author", "coauthor@example.org"), ("Ada Quill", "ada@example.org")));

        using var withdrawn = await ada.PostFormAsync($"/submissions/{id}", $"/submissions/{id}/withdraw", new Dictionary<string, string> { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        var (_, page) = await ada.GetAsync($"/submissions/{id}");
        Assert.Contains("<strong>withdrawn</strong>", page);
        Assert.DoesNotContain("/withdraw", page);
        var (_, dashboard) = await ada.GetAsync("/submissions");
        Assert.Contains("<td>withdrawn</td>", dashboard);

        await other.CreateAsync(call.Id, SubmissionForms.Fields("A second one", "save", ("Ada Quill", "ada@EXAMPLE.ORG")));
    }

    [Fact]
    public async Task Authors_are_added_reordered_and_removed_by_posting_the_form_without_saving()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var user = await app.CreateUserAsync("ada@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);
        var form = $"/calls/{call.Id}/submissions/new";

        using var added = await session.PostSubmissionAsync(form, form, SubmissionForms.Fields("Order", "add-author", ("Ada Quill", "ada@example.org"), ("Ben Marsh", "ben@example.org")));
        var html = await added.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("name=\"Authors[2].Name\"", html);
        Assert.DoesNotContain("name=\"Authors[3].Name\"", html);

        using var moved = await session.PostSubmissionAsync(form, form, SubmissionForms.Fields("Order", "down-0", ("Ada Quill", "ada@example.org"), ("Ben Marsh", "ben@example.org")));
        html = await moved.Content.ReadAsStringAsync();
        Assert.True(html.IndexOf("Ben Marsh", StringComparison.Ordinal) < html.IndexOf("Ada Quill", StringComparison.Ordinal));
        Assert.Contains("name=\"Authors[0].Name\" value=\"Ben Marsh\"", html);

        using var removed = await session.PostSubmissionAsync(form, form, SubmissionForms.Fields("Order", "remove-1", ("Ada Quill", "ada@example.org"), ("Ben Marsh", "ben@example.org")));
        html = await removed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Ben Marsh", html);
        var (_, dashboard) = await session.GetAsync("/submissions");
        Assert.Contains("You have no submissions yet", dashboard);
    }
}
