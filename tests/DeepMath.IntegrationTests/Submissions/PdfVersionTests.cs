using System.Net;
using DeepMath.IntegrationTests.Support;

namespace DeepMath.IntegrationTests.Submissions;

/// <summary>Replacing the PDF keeps every version; a refused or late upload changes nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class PdfVersionTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string, string) _ada = ("Ada Quill", "ada@example.org");

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Replacing_the_pdf_keeps_both_versions_with_their_hashes_and_the_owner_downloads_each()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var first = SubmissionForms.Pdf("ok-one-page.pdf");
        var second = SubmissionForms.Pdf("ok-two-pages-refs.pdf");
        var id = await session.CreateAsync(callId, SubmissionForms.Fields("Two versions", "submit", _ada), first);
        Assert.Equal(1, await app.DeliverMailAsync());

        using var replaced = await session.SaveAsync(id, SubmissionForms.Fields("Two versions", "save", _ada), second);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);

        var (_, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains(SubmissionForms.Sha256(first), page);
        Assert.Contains(SubmissionForms.Sha256(second), page);
        Assert.Contains("Check of PDF version 2", page);
        foreach (var (version, bytes) in new[] { (1, first), (2, second) })
        {
            using var download = await session.Client.GetAsync($"/submissions/{id}/pdf/{version}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        }

        // A new version after submission is receipted too, naming its own hash.
        Assert.Equal(1, await app.DeliverMailAsync());
        var receipts = app.Smtp.To("ada@example.org");
        Assert.Equal(2, receipts.Count);
        Assert.Contains(receipts, m => m.TextBody!.Contains(SubmissionForms.Sha256(second), StringComparison.Ordinal) && m.TextBody.Contains("version 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_oversize_upload_is_refused_and_the_previous_version_stays()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var first = SubmissionForms.Pdf("ok-one-page.pdf");
        var id = await session.CreateAsync(callId, SubmissionForms.Fields("Too big", "save", _ada), first);
        var huge = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.5\n"u8.CopyTo(huge);

        using var refused = await session.SaveAsync(id, SubmissionForms.Fields("Too big, renamed", "save", _ada), huge);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-code=\"pdf.too-large\"", html);
        Assert.Contains("your earlier PDF is kept", html);
        var (_, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains(SubmissionForms.Sha256(first), page);
        Assert.DoesNotContain("/pdf/2", page);
        Assert.Contains("Submission 1: Too big<", page);
    }

    [Fact]
    public async Task An_upload_finishing_one_millisecond_late_says_the_call_closed_and_keeps_the_draft_and_earlier_pdf()
    {
        var (session, callId) = await app.AuthorAtOpenCallAsync();
        using var _ = session;
        var first = SubmissionForms.Pdf("ok-one-page.pdf");
        var id = await session.CreateAsync(callId, SubmissionForms.Fields("On the edge", "save", _ada), first);
        var closes = new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero);

        app.Clock.Freeze(closes);
        using var late = await session.SaveAsync(id, SubmissionForms.Fields("On the edge, revised", "submit", _ada), SubmissionForms.Pdf("ok-two-pages-refs.pdf"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("submissions are no longer accepted", await late.Content.ReadAsStringAsync());
        var (_, page) = await session.GetAsync($"/submissions/{id}");
        Assert.Contains("Submission 1: On the edge<", page);
        Assert.Contains("<strong>draft</strong>", page);
        Assert.Contains(SubmissionForms.Sha256(first), page);
        Assert.DoesNotContain("/pdf/2", page);

        app.Clock.Freeze(closes.AddMilliseconds(-1));
        using var inTime = await session.SaveAsync(id, SubmissionForms.Fields("On the edge, revised", "submit", _ada), SubmissionForms.Pdf("ok-two-pages-refs.pdf"));
        Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
    }
}
