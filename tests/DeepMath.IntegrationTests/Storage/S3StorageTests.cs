using System.Net;
using Amazon.S3;
using DeepMath.IntegrationTests.Reviewing;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Time;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Jobs;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DeepMath.IntegrationTests.Storage;

/// <summary>
/// With Storage:Kind = S3 the PDFs live in a bucket (the local emulator) and every reader still finds them; an
/// object only counts once its row commits, and the sweep removes what a failed commit left behind.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class S3StorageTests(AppFixture app) : IAsyncLifetime
{
    private static readonly (string, string) _ada = ("Ada Quill", "ada@example.org");
    private static readonly (string, string) _bo = ("Bo Lind", "bo@example.org");

    private DeepMathAppFactory S3App => app.S3Instance;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        S3App.Services.GetRequiredService<AdjustableClock>().Freeze(app.Clock.GetUtcNow());
        // The reset emptied the tables, so objects of earlier tests point nowhere now: clear them away.
        await SweepAsync(TimeSpan.Zero);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_upload_goes_to_the_bucket_not_the_database_and_the_owner_and_a_reviewer_read_it_back()
    {
        var (callId, ada) = await CallAndAuthorAsync("ada@example.org");
        using var _ = ada;
        var pdf = SubmissionForms.Pdf("ok-one-page.pdf");
        var sha = SubmissionForms.Sha256(pdf);

        var id = await ada.CreateAsync(callId, SubmissionForms.Fields("Stored in a bucket", "submit", _ada), pdf);

        Assert.Equal(pdf, await ObjectAsync(sha));
        Assert.Equal(0, await CountAsync(db => db.PdfBlobs.CountAsync()));
        Assert.Equal("s3:" + sha, await StorageKeyAsync(id));
        using (var download = await ada.Client.GetAsync($"/submissions/{id}/pdf/1"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        }

        // The reviewer's copy is rewritten from the same object: blinded, with the confidential header.
        var reviewer = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var rita = await app.AddReviewerAsync(callId, reviewer.Id);
        await AssignAsync(callId, id, rita.Id);
        using var ritaSession = await SignedInAsync(reviewer.Email!);
        using var blinded = await ritaSession.Client.GetAsync($"/calls/{callId}/assigned/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, blinded.StatusCode);
        using var document = PdfDocument.Open(await blinded.Content.ReadAsByteArrayAsync());
        Assert.Contains("confidential", string.Join("\n", document.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public async Task The_same_bytes_uploaded_by_two_authors_are_one_object_both_rows_point_to()
    {
        var (callId, ada) = await CallAndAuthorAsync("ada@example.org");
        using var _ = ada;
        await app.CreateUserAsync("bo@example.org");
        using var bo = await SignedInAsync("bo@example.org");
        var pdf = SubmissionForms.Pdf("ok-one-page.pdf");

        var first = await ada.CreateAsync(callId, SubmissionForms.Fields("First", "submit", _ada), pdf);
        var second = await bo.CreateAsync(callId, SubmissionForms.Fields("Second", "submit", _bo), pdf);

        Assert.Equal(await StorageKeyAsync(first), await StorageKeyAsync(second));
        using var s3 = S3Emulator.Client();
        var listed = await s3.ListObjectsV2Async(new() { BucketName = S3Emulator.Bucket, Prefix = S3Emulator.Prefix + SubmissionForms.Sha256(pdf) });
        Assert.Single(listed.S3Objects);
        Assert.Equal(0, await SweepAsync(TimeSpan.Zero));
        using var download = await bo.Client.GetAsync($"/submissions/{second}/pdf/1");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_commit_that_fails_leaves_no_row_and_an_object_nothing_shows_which_the_sweep_removes()
    {
        var (callId, ada) = await CallAndAuthorAsync("ada@example.org");
        using var _ = ada;
        var pdf = SubmissionForms.Pdf("ok-two-pages-refs.pdf");
        var sha = SubmissionForms.Sha256(pdf);
        // The database refuses the PDF row after the object is written, as a crash or a lost connection would.
        await ExecuteAsync("""
            CREATE FUNCTION submissions.refuse_pdf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'commit refused by the test'; END $$;
            CREATE TRIGGER refuse_pdf BEFORE INSERT ON submissions.submission_pdfs FOR EACH ROW EXECUTE FUNCTION submissions.refuse_pdf();
            """);
        try
        {
            Assert.NotEqual(HttpStatusCode.Redirect, await PostOrFailAsync(ada, callId, pdf));
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER refuse_pdf ON submissions.submission_pdfs; DROP FUNCTION submissions.refuse_pdf();");
        }

        Assert.Equal(0, await CountAsync(db => db.Submissions.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.SubmissionPdfs.CountAsync()));
        Assert.Equal(pdf, await ObjectAsync(sha)); // written, but nothing points to it
        Assert.Equal(0, await SweepAsync(null)); // younger than the grace period: left alone
        Assert.Equal(1, await SweepAsync(TimeSpan.Zero));
        Assert.Null(await ObjectAsync(sha));

        // The same file uploaded again afterwards is written again and served.
        var id = await ada.CreateAsync(callId, SubmissionForms.Fields("Second try", "submit", _ada), pdf);
        Assert.Equal(pdf, await ObjectAsync(sha));
        using var download = await ada.Client.GetAsync($"/submissions/{id}/pdf/1");
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_sweep_skips_an_object_whose_upload_has_not_committed_yet()
    {
        var pdf = SubmissionForms.Pdf("ok-one-page.pdf");
        var sha = SubmissionForms.Sha256(pdf);
        await using var scope = S3App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeepMathDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await scope.ServiceProvider.GetRequiredService<IPdfStore>().PutAsync(pdf, sha);
            // Another process sweeps while this upload's row is still to come.
            Assert.Equal(0, await SweepAsync(TimeSpan.Zero));
            Assert.Equal(pdf, await ObjectAsync(sha));
            await transaction.RollbackAsync();
        }
        Assert.Equal(1, await SweepAsync(TimeSpan.Zero));
    }

    [Fact]
    public async Task An_expired_pending_upload_takes_its_object_out_of_the_bucket()
    {
        var (callId, ada) = await CallAndAuthorAsync("ada@example.org");
        using var _ = ada;
        var pdf = SubmissionForms.Pdf("ok-refs-flow.pdf");
        var sha = SubmissionForms.Sha256(pdf);
        var form = $"/calls/{callId}/submissions/new";
        using (var added = await ada.PostSubmissionAsync(form, form, SubmissionForms.Fields("Kept", Web.Modules.Submissions.EditSubmission.SubmissionForm.AddAuthor, _ada), pdf))
        {
            Assert.Contains("data-testid=\"pending-pdf\"", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(pdf, await ObjectAsync(sha));

        var clock = S3App.Services.GetRequiredService<AdjustableClock>();
        clock.Freeze(clock.GetUtcNow().AddHours(25));
        await using var scope = S3App.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ExpirePendingUploadsJob>().RunAsync(CancellationToken.None));
        Assert.Null(await ObjectAsync(sha));
        Assert.Equal(0, await CountAsync(db => db.PendingUploads.CountAsync()));
    }

    private async Task<(Guid CallId, WebSession Session)> CallAndAuthorAsync(string email)
    {
        var (_, call) = await app.CreateEventAsync(zone: "UTC");
        await app.CreateUserAsync(email);
        return (call.Id, await SignedInAsync(email));
    }

    private async Task<WebSession> SignedInAsync(string email)
    {
        var session = new WebSession(S3App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        using var response = await session.LoginAsync(email, TestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    private static async Task<HttpStatusCode> PostOrFailAsync(WebSession session, Guid callId, byte[] pdf)
    {
        var page = $"/calls/{callId}/submissions/new";
        try
        {
            using var response = await session.PostSubmissionAsync(page, page, SubmissionForms.Fields("Refused", "submit", _ada), pdf);
            return response.StatusCode;
        }
        catch (Exception e) when (e is DbUpdateException or Npgsql.PostgresException)
        {
            return HttpStatusCode.InternalServerError; // the test server lets the exception through
        }
    }

    private async Task AssignAsync(Guid callId, Guid submissionId, Guid reviewerId)
    {
        app.Clock.Freeze(ReviewingData.BiddingTime);
        S3App.Services.GetRequiredService<AdjustableClock>().Freeze(ReviewingData.BiddingTime);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DeepMathDbContext>();
            var batch = new AssignmentBatch { CallId = callId, Summary = "by the test" };
            db.AssignmentBatches.Add(batch);
            db.Assignments.Add(new ReviewerAssignment { CallId = callId, SubmissionId = submissionId, ReviewerId = reviewerId, BatchId = batch.Id });
            return await db.SaveChangesAsync();
        });
    }

    private async Task<int> SweepAsync(TimeSpan? grace)
    {
        await using var scope = S3App.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<SweepOrphanPdfObjectsJob>();
        return grace is { } g ? await job.RunAsync(g, CancellationToken.None) : await job.RunAsync(CancellationToken.None);
    }

    private static async Task<byte[]?> ObjectAsync(string sha256)
    {
        using var s3 = S3Emulator.Client();
        try
        {
            using var response = await s3.GetObjectAsync(S3Emulator.Bucket, S3Emulator.Prefix + sha256);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private Task<string> StorageKeyAsync(Guid submissionId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DeepMathDbContext>().SubmissionPdfs.Where(p => p.SubmissionId == submissionId).Select(p => p.StorageKey).SingleAsync());

    private Task<int> CountAsync(Func<DeepMathDbContext, Task<int>> count) =>
        app.WithScopeAsync(sp => count(sp.GetRequiredService<DeepMathDbContext>()));

    private Task<int> ExecuteAsync(string sql) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DeepMathDbContext>().Database.ExecuteSqlRawAsync(sql));
}
