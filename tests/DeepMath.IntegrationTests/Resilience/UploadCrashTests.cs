using System.Net;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.IntegrationTests.Resilience;

/// <summary>
/// Authors upload and submit without pause while the app is killed with SIGKILL at random moments, three
/// times over. Whatever instant the kill hits, the database holds the state before or after each request:
/// no submission without its PDF, no PDF row without its bytes, no stored bytes that nothing points to, and
/// every submission an author saw confirmed is there. The restarted app then sends each receipt once.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class UploadCrashTests
{
    private const int Authors = 24;
    private static readonly string[] _pdfs = ["ok-one-page.pdf", "acknowledgments.pdf", "ok-refs-flow.pdf"];

    [Fact]
    public async Task Killing_the_app_at_any_point_of_uploads_leaves_no_half_made_submission()
    {
        await using var database = await TestDatabase.CreateAsync("crash");
        await using var smtp = new SmtpListener();
        await using var app = new AppProcess(database.ConnectionString, smtp.Port, new Dictionary<string, string> { ["Clock__Start"] = SurgeData.ClockStart });
        await app.StartAsync(); // applies the migrations
        var callId = await SurgeData.CreateCallAsync(database.ConnectionString);
        var emails = await SurgeData.CreateAuthorsAsync(database.ConnectionString, Authors);
        var pdfs = _pdfs.Select(SubmissionForms.Pdf).ToList();
        var confirmed = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        var random = new Random(12);

        for (var round = 0; round < 3; round++)
        {
            if (round > 0)
            {
                await app.StartAsync();
            }
            using var stop = new CancellationTokenSource();
            var authors = emails.Select((email, i) => Task.Run(() => SubmitUntilStoppedAsync(app, callId, email, $"r{round}a{i}", pdfs, confirmed, stop.Token))).ToList();
            // Once uploads are flowing (on a loaded machine the first takes a while), at a random moment.
            var before = confirmed.Count;
            await ProcessCollection.WaitUntilAsync(() => confirmed.Count > before, TimeSpan.FromMinutes(3), "an upload goes through");
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(2000)));
            app.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(authors);
        }
        await app.StartAsync();

        await using var db = ProcessCollection.Db(database.ConnectionString);
        var submissions = await db.Submissions.AsNoTracking().Select(s => new
        {
            s.Id, s.State, Pdfs = db.SubmissionPdfs.Count(p => p.SubmissionId == s.Id),
        }).ToListAsync();
        Assert.True(confirmed.Count > 0, "No request finished before the kills; the test proves nothing.");
        Assert.All(submissions, s => Assert.True(s.Pdfs >= 1, $"Submission {s.Id} has no PDF."));
        Assert.Subset(submissions.Select(s => s.Id).ToHashSet(), confirmed.ToHashSet());
        var pdfWithoutBytes = await db.SubmissionPdfs.CountAsync(p => !db.PdfBlobs.Any(b => b.Sha256 == p.Sha256));
        Assert.Equal(0, pdfWithoutBytes);
        var orphanBytes = await db.PdfBlobs.CountAsync(b => !db.SubmissionPdfs.Any(p => p.Sha256 == b.Sha256));
        Assert.Equal(0, orphanBytes);

        // Each stored submission's receipt goes out once, after the restarts.
        await ProcessCollection.WaitUntilAsync(() => smtp.Messages.Count >= submissions.Count, TimeSpan.FromSeconds(60), "every receipt is delivered");
        await Task.Delay(1000);
        Assert.Empty(smtp.DuplicateMessageIds);
        Assert.Equal(submissions.Count, smtp.Messages.Count);
    }

    /// <summary>One author submitting abstract after abstract (each with a new presenting author) until the app dies.</summary>
    private static async Task SubmitUntilStoppedAsync(AppProcess app, Guid callId, string email, string prefix, IReadOnlyList<byte[]> pdfs,
        System.Collections.Concurrent.ConcurrentBag<Guid> confirmed, CancellationToken stop)
    {
        try
        {
            using var session = new WebSession(app.NewClient());
            using (var login = await session.LoginAsync(email, TestData.Password))
            {
                if (login.StatusCode != HttpStatusCode.Redirect)
                {
                    return;
                }
            }
            for (var k = 0; !stop.IsCancellationRequested; k++)
            {
                var page = $"/calls/{callId}/submissions/new";
                var presenter = ($"Presenter {prefix} {k}", $"{prefix}-{k}@example.org");
                using var response = await session.PostSubmissionAsync(page, page, SubmissionForms.Fields($"Abstract {prefix} {k}", "submit", presenter), pdfs[k % pdfs.Count]);
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    confirmed.Add(Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]));
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or Xunit.Sdk.XunitException)
        {
            // The app was killed under this author's request.
        }
    }
}
