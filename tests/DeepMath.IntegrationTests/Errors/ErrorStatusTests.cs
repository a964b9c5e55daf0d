using System.Net;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Submissions.EditSubmission;

namespace DeepMath.IntegrationTests.Errors;

/// <summary>
/// The error page's status comes from the pipeline, never from what a visitor posts; an oversize
/// upload and an empty file get pages that say what happened, and the draft stays as it was.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ErrorStatusTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string, string) _ada = ("Ada Quill", "ada@example.org");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("Code=299")]
    [InlineData("code=200")]
    [InlineData("Code=")]
    [InlineData("code=abc")]
    public async Task A_form_field_named_code_cannot_set_the_status_of_the_error_page(string body)
    {
        using var session = app.NewSession();
        // No antiforgery token: the post is refused with 400, and status-code pages re-execute the error page with the form still attached.
        using var response = await session.Client.PostAsync("/account/login", new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bad request", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/error/299")]
    [InlineData("/error/0")]
    [InlineData("/error/200")]
    public async Task Visiting_the_error_page_with_a_code_that_is_no_error_answers_not_found(string url)
    {
        using var session = app.NewSession();
        var (status, html) = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Not found", html);
    }

    [Fact]
    public async Task The_query_cannot_set_the_status_either()
    {
        using var session = app.NewSession();
        var (status, _) = await session.GetAsync("/error/404?code=299");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task An_upload_over_the_request_limit_gets_a_page_with_the_limit_and_the_draft_keeps_what_it_had()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var first = SubmissionForms.Pdf("ok-one-page.pdf");
        var id = await session.CreateAsync(callId, SubmissionForms.Fields("Kept title", "save", _ada), first);
        var huge = new byte[SubmissionUploads.MaxRequestBytes + (1024 * 1024)];
        "%PDF-1.5\n"u8.CopyTo(huge);

        using var refused = await session.SaveAsync(id, SubmissionForms.Fields("Renamed by the oversize post", "save", _ada), huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("52 MiB", html);
        Assert.Contains("Nothing was saved", html);
        Assert.Contains($"href=\"/submissions/{id}\"", html);
        var (_, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains(SubmissionForms.Sha256(first), page);
        Assert.Contains("Submission 1: Kept title<", page);
        Assert.DoesNotContain("Renamed by the oversize post", page);
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_a_message_and_the_draft_keeps_what_it_had()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var first = SubmissionForms.Pdf("ok-one-page.pdf");
        var id = await session.CreateAsync(callId, SubmissionForms.Fields("Kept title", "save", _ada), first);

        using var refused = await session.SaveAsync(id, SubmissionForms.Fields("Renamed with an empty file", "save", _ada), []);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("abstract.pdf is empty (0 bytes)", html);
        Assert.DoesNotContain("is saved", html);
        var (_, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains("Submission 1: Kept title<", page);
        Assert.DoesNotContain("Renamed with an empty file", page);
        Assert.DoesNotContain("/pdf/2", page);
    }

    [Fact]
    public async Task An_empty_file_on_a_new_submission_creates_nothing()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var page = $"/calls/{callId}/submissions/new";
        using var refused = await session.PostSubmissionAsync(page, page, SubmissionForms.Fields("New with empty file", "save", _ada), []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("abstract.pdf is empty (0 bytes)", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var (_, mine) = await session.GetAsync("/submissions");
        Assert.DoesNotContain("New with empty file", mine);
    }

    [Fact]
    public async Task A_form_field_cannot_replace_a_value_of_the_address()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var first = await session.CreateAsync(callId, SubmissionForms.Fields("First draft", "save", _ada));
        var second = await session.CreateAsync(callId, SubmissionForms.Fields("Second draft", "save", ("Bo Quill", "bo@example.org")));

        var fields = SubmissionForms.Fields("First draft, renamed", "save", _ada);
        fields.Add(new("id", second.ToString()));
        using var saved = await session.SaveAsync(first, fields);

        Assert.Equal($"/submissions/{first}", saved.Headers.Location?.OriginalString);
        Assert.Contains("First draft, renamed<", (await session.GetAsync($"/submissions/{first}")).Html);
        Assert.Contains("Second draft<", (await session.GetAsync($"/submissions/{second}")).Html);
    }
}
