using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>Submitting in the browser: the check on upload, the receipts, and format-exception requests.</summary>
[Collection(AppCollection.Name)]
public sealed class SubmitTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string, string) _ada = ("Ada Quill", "ada@example.org");
    private static readonly (string, string) _ben = ("Ben Marsh", "ben@example.net");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_clean_pdf_submits_and_every_author_gets_a_receipt_with_number_title_and_sha256()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var user = await app.CreateUserAsync("ada@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);
        var pdf = SubmissionForms.Pdf("ok-one-page.pdf");

        var id = await session.CreateAsync(call.Id, SubmissionForms.Fields("Implicit bias of depth", "submit", _ada, _ben), pdf);

        var (_, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains("is submitted", page);
        Assert.Contains("<strong>submitted</strong>", page);
        Assert.Contains("No format errors.", page);
        Assert.Contains(SubmissionForms.Sha256(pdf), page);
        var (_, dashboard) = await session.GetAsync("/submissions");
        Assert.Contains("Implicit bias of depth", dashboard);
        Assert.Contains("<td>submitted</td>", dashboard);
        Assert.Contains("v1: passed", dashboard);

        Assert.Equal(2, await app.DeliverMailAsync());
        foreach (var address in new[] { "ada@example.org", "ben@example.net" })
        {
            var mail = Assert.Single(app.Smtp.To(address));
            Assert.Contains("submission 1", mail.Subject);
            Assert.Contains("Implicit bias of depth", mail.TextBody);
            Assert.Contains("Submission 1", mail.TextBody);
            Assert.Contains(SubmissionForms.Sha256(pdf), mail.TextBody);
        }
    }

    [Fact]
    public async Task A_margin_error_shows_the_report_and_blocks_submission_while_warnings_do_not()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var user = await app.CreateUserAsync("ada@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);

        var id = await session.CreateAsync(call.Id, SubmissionForms.Fields("Too wide", "save", _ada), SubmissionForms.Pdf("narrow-margins.pdf"));
        var (_, draft) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains("data-code=\"margins\"", draft);
        Assert.Contains("1 format error</strong> blocks", draft);

        using var refused = await session.SaveAsync(id, SubmissionForms.Fields("Too wide", "submit", _ada));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("format-exception request", await refused.Content.ReadAsStringAsync());
        var (_, after) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains("<strong>draft</strong>", after);

        // The fixed file comes with an acknowledgments warning: it is shown, and it does not block.
        using var fixedUpload = await session.SaveAsync(id, SubmissionForms.Fields("Too wide", "submit", _ada), SubmissionForms.Pdf("acknowledgments.pdf"));
        Assert.Equal(HttpStatusCode.Redirect, fixedUpload.StatusCode);
        var (_, submitted) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains("<strong>submitted</strong>", submitted);
        Assert.Contains("data-code=\"acknowledgments.present\"", submitted);
    }

    [Fact]
    public async Task A_report_is_shown_at_once_for_an_upload_that_cannot_be_saved()
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        var user = await app.CreateUserAsync("ada@example.org");
        using var session = app.NewSession();
        await session.LoginAsync(user.Email!, TestData.Password);

        var page = $"/calls/{call.Id}/submissions/new";
        using var response = await session.PostSubmissionAsync(page, page, SubmissionForms.Fields("Bad margins", "submit", _ada), SubmissionForms.Pdf("narrow-margins.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Check of the file you uploaded", html);
        Assert.Contains("data-code=\"margins\"", html);
        Assert.Contains("(page 1)", html);
    }

    [Fact]
    public async Task An_exception_request_submits_a_pdf_with_errors_and_an_organizer_grants_it()
    {
        var organizer = await app.CreateUserAsync("chair@example.org");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var user = await app.CreateUserAsync("ada@example.org");
        using var author = app.NewSession();
        await author.LoginAsync(user.Email!, TestData.Password);
        var fields = SubmissionForms.Fields("Margins are a matter of taste", "submit", _ada);
        fields.Add(new("ExceptionRequest", "The equation in line 3 cannot be broken; it sticks out by 2 pt."));

        var id = await author.CreateAsync(call.Id, fields, SubmissionForms.Pdf("narrow-margins.pdf"));
        var (_, page) = await author.GetAsync($"/submissions/{id}");
        Assert.Contains("<strong>submitted</strong> · format exception requested", page);
        Assert.Equal(1, await app.DeliverMailAsync());

        using var chair = app.NewSession();
        await chair.LoginAsync(organizer.Email!, TestData.Password);
        var list = $"/calls/{call.Id}/submissions";
        var (status, html) = await chair.GetAsync(list);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Margins are a matter of taste", html);
        Assert.Contains("margins", html);
        Assert.Contains("cannot be broken", html);
        using var grant = await chair.PostFormAsync(list, $"{list}/{id}/exception", new Dictionary<string, string> { ["decision"] = "grant" });
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        var (_, granted) = await chair.GetAsync(list);
        Assert.Contains("The format exception is granted.", granted);
        Assert.Contains("<strong>granted</strong>", granted);

        // The organizer reads the submission and its PDF; the author sees the decision.
        var (_, organizerView) = await chair.GetAsync($"/submissions/{id}");
        Assert.Contains("format exception granted", organizerView);
        using var download = await chair.Client.GetAsync($"/submissions/{id}/pdf/1");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var (_, authorView) = await author.GetAsync($"/submissions/{id}");
        Assert.Contains("format exception granted", authorView);

        using var recheck = await chair.PostFormAsync(list, $"{list}/recheck", new Dictionary<string, string>());
        var (_, rechecked) = await chair.GetAsync(list);
        Assert.Contains("The latest PDF of 1 submission(s) is checked again.", rechecked);
    }
}
