using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.IntegrationTests.Resilience;

/// <summary>
/// The last minutes before a deadline: 200 authors sign in, upload and submit at once against the app as a
/// process whose requests may use only 20 database connections, while its delivery loop sends the receipts.
/// Requests wait for a connection; none fails.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class SurgeTests
{
    private const int Authors = 200;

    [Fact]
    public async Task Two_hundred_concurrent_authors_on_a_pool_of_20_connections_all_submit_once_with_their_pdf_and_one_receipt()
    {
        await using var database = await TestDatabase.CreateAsync("surge");
        await using var smtp = new SmtpListener();
        await using var app = new AppProcess(database.ConnectionString, smtp.Port, new Dictionary<string, string>
        {
            ["Database__RequestsPoolSize"] = "20",
            ["Clock__Start"] = SurgeData.ClockStart,
        });
        await app.StartAsync();
        var callId = await SurgeData.CreateCallAsync(database.ConnectionString);
        var emails = await SurgeData.CreateAuthorsAsync(database.ConnectionString, Authors);

        var outcomes = await Task.WhenAll(emails.Select((email, i) => Task.Run(() => SurgeData.SubmitAsync(app, callId, email, $"Abstract {i}"))));

        var errors = outcomes.Where(o => o is not null).GroupBy(o => o).Select(g => $"{g.Count()} × {g.Key}").ToList();
        Assert.True(errors.Count == 0, $"Errors: {string.Join(", ", errors)}\n{string.Join('\n', app.Log.Where(l => l.Contains("fail", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).Take(12))}");
        await using (var db = ProcessCollection.Db(database.ConnectionString))
        {
            var submissions = await db.Submissions.AsNoTracking().Where(s => s.CallId == callId)
                .Select(s => new { s.State, Pdfs = db.SubmissionPdfs.Count(p => p.SubmissionId == s.Id) }).ToListAsync();
            Assert.Equal(Authors, submissions.Count);
            Assert.All(submissions, s => Assert.Equal(SubmissionState.Submitted, s.State));
            Assert.All(submissions, s => Assert.Equal(1, s.Pdfs));
        }
        await ProcessCollection.WaitUntilAsync(() => smtp.Messages.Count >= Authors, TimeSpan.FromSeconds(60), "every receipt is delivered");
        await Task.Delay(500);
        Assert.Equal(Authors, smtp.Messages.Count);
        Assert.Equal(emails.Order(StringComparer.Ordinal), smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
    }
}
