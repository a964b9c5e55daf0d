using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Submissions.EditSubmission;
using DeepMath.Web.Modules.Submissions.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>A chosen PDF survives a round trip of the form (an added author, an error elsewhere) and is saved with it, once.</summary>
[Collection(AppCollection.Name)]
public sealed partial class PendingPdfTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string, string) _ada = ("Ada Quill", "ada@example.org");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_pdf_chosen_before_adding_an_author_is_kept_and_saved_as_version_1_and_a_save_without_a_file_adds_none()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var pdf = SubmissionForms.Pdf("ok-one-page.pdf");
        var form = $"/calls/{callId}/submissions/new";

        using var added = await session.PostSubmissionAsync(form, form, SubmissionForms.Fields("Kept file", SubmissionForm.AddAuthor, _ada), pdf);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var html = await added.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"pending-pdf\"", html, StringComparison.Ordinal);
        Assert.Contains(SubmissionForms.Sha256(pdf), html, StringComparison.Ordinal);
        var pending = PendingPattern().Match(html).Groups[1].Value;

        var fields = SubmissionForms.Fields("Kept file", "save", _ada, ("Ben Marsh", "ben@example.net"));
        fields.Add(new("PendingUploadId", pending));
        var id = await session.CreateAsync(callId, fields);
        var (_, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains(SubmissionForms.Sha256(pdf), page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"pending-pdf\"", page, StringComparison.Ordinal);

        using (var again = await session.SaveAsync(id, SubmissionForms.Fields("Kept file, renamed", "save", _ada, ("Ben Marsh", "ben@example.net"))))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }
        var (versions, left) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            return (await db.SubmissionPdfs.CountAsync(p => p.SubmissionId == id), await db.PendingUploads.CountAsync());
        });
        Assert.Equal(1, versions);
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task A_pdf_sent_with_an_error_elsewhere_is_kept_and_another_account_cannot_use_it()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var pdf = SubmissionForms.Pdf("ok-one-page.pdf");
        var form = $"/calls/{callId}/submissions/new";

        using var refused = await session.PostSubmissionAsync(form, form, SubmissionForms.Fields("Bad address", "save", ("Ada Quill", "not an address")), pdf);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("is not an e-mail address", html, StringComparison.Ordinal);
        var pending = PendingPattern().Match(html).Groups[1].Value;
        Assert.NotEqual(string.Empty, pending);

        await app.CreateUserAsync("eve@example.org");
        using var eve = app.NewSession();
        await eve.LoginAsync("eve@example.org", TestData.Password);
        var stolen = SubmissionForms.Fields("Not mine", "save", ("Eve", "eve@example.org"));
        stolen.Add(new("PendingUploadId", pending));
        var eves = await eve.CreateAsync(callId, stolen);
        Assert.Equal(0, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().SubmissionPdfs.CountAsync(p => p.SubmissionId == eves)));

        var fixedFields = SubmissionForms.Fields("Bad address", "save", _ada);
        fixedFields.Add(new("PendingUploadId", pending));
        var id = await session.CreateAsync(callId, fixedFields);
        Assert.Contains(SubmissionForms.Sha256(pdf), (await session.GetAsync($"/submissions/{id}")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pending_uploads_expire_after_24_hours_with_their_bytes_unless_a_version_shares_them()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var form = $"/calls/{callId}/submissions/new";
        var shared = SubmissionForms.Pdf("ok-one-page.pdf");
        var alone = SubmissionForms.Pdf("ok-refs-flow.pdf");
        var later = SubmissionForms.Pdf("ok-two-pages-refs.pdf");
        async Task<string> KeepAsync(byte[] pdf)
        {
            using var added = await session.PostSubmissionAsync(form, form, SubmissionForms.Fields("Kept", SubmissionForm.AddAuthor, _ada), pdf);
            var html = await added.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"pending-pdf\"", html, StringComparison.Ordinal);
            return PendingPattern().Match(html).Groups[1].Value;
        }
        var start = app.Clock.GetUtcNow();
        await KeepAsync(shared);
        var expired = await KeepAsync(alone);
        // Another author saves the same bytes as "shared" as a version: the file is one, and must outlive the pending upload.
        await app.CreateUserAsync("ben@example.org");
        using (var ben = app.NewSession())
        {
            await ben.LoginAsync("ben@example.org", TestData.Password);
            await ben.CreateAsync(callId, SubmissionForms.Fields("Ben's", "save", ("Ben Marsh", "ben@example.org")), shared);
        }
        app.Clock.Freeze(start.AddHours(23));
        await KeepAsync(later);

        Assert.Equal(0, await ExpireAsync());
        Assert.Equal(3, await app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().PendingUploads.CountAsync()));

        app.Clock.Freeze(start.AddHours(24).AddMinutes(1));
        Assert.Equal(2, await ExpireAsync());
        Assert.Equal(0, await ExpireAsync());
        var (left, blobs) = await app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            return (await db.PendingUploads.Select(p => p.Sha256).ToListAsync(), await db.PdfBlobs.Select(b => b.Sha256).ToListAsync());
        });
        Assert.Equal([SubmissionForms.Sha256(later)], left);
        Assert.Contains(SubmissionForms.Sha256(shared), blobs);
        Assert.Contains(SubmissionForms.Sha256(later), blobs);
        Assert.DoesNotContain(SubmissionForms.Sha256(alone), blobs);

        // A form that still names the expired upload saves the draft without it instead of failing.
        var fields = SubmissionForms.Fields("Kept", "save", _ada);
        fields.Add(new("PendingUploadId", expired));
        using var stale = await session.PostSubmissionAsync(form, form, fields, null);
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
    }

    private Task<int> ExpireAsync() =>
        app.WithScopeAsync(s => s.GetRequiredService<ExpirePendingUploadsJob>().RunAsync(CancellationToken.None));

    [GeneratedRegex("name=\"PendingUploadId\" value=\"([^\"]+)\"")]
    private static partial Regex PendingPattern();
}
