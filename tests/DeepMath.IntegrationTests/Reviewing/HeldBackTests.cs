using System.Net;
using System.Text.RegularExpressions;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>
/// An abstract whose format exception is pending or refused, whose errors no exception covers, or whose anonymity
/// check is older than its author list reaches no reviewer by any path; organizers see it held back, with the reason.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class HeldBackTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The six kinds of submitted abstract: only "clean" and "granted" are open to review.</summary>
    private enum Kind
    {
        Clean,
        Pending,
        Refused,
        Granted,
        ErrorsNoException,
        AuthorsChanged,
    }

    [Fact]
    public async Task Held_back_abstracts_reach_no_bidding_list_assignment_page_pdf_or_reminder_and_organizers_see_why()
    {
        var (callId, ids, ritaId, benId) = await ArrangeAsync();
        var open = new[] { 1, 4 };
        using var rita = await app.SignedInAsync("rita@uni-a.edu");

        Assert.Equal(open, await NumbersAsync(rita, $"/calls/{callId}/bidding"));
        var (_, assigned) = await rita.GetAsync($"/calls/{callId}/assigned");
        int[] assignedNumbers = [.. AssignedNumber().Matches(assigned).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order()];
        Assert.Equal(open, assignedNumbers);
        foreach (var (id, n) in ids.Select((id, i) => (id, i + 1)))
        {
            var expected = open.Contains(n) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.Equal(expected, (await rita.GetAsync($"/calls/{callId}/bidding/{id}")).Status);
            Assert.Equal(expected, (await rita.GetAsync($"/calls/{callId}/assigned/{id}")).Status);
            using var pdf = await rita.Client.GetAsync($"/calls/{callId}/assigned/{id}/pdf");
            Assert.True(expected == pdf.StatusCode, $"PDF of {n}: {(int)pdf.StatusCode}");
            Assert.Equal(expected, (await rita.GetAsync($"/calls/{callId}/assigned/{n}/review")).Status);
        }

        using var olga = await app.SignedInAsync("olga@example.org");
        var assignments = $"/calls/{callId}/assignments";
        foreach (var n in new[] { 2, 3, 5, 6 })
        {
            using var add = await olga.PostFormAsync(assignments, $"{assignments}/add",
                new Dictionary<string, string> { ["submissionId"] = ids[n - 1].ToString(), ["reviewerId"] = benId.ToString() });
            Assert.Contains("not open to review", WebUtility.HtmlDecode((await olga.GetAsync(assignments)).Html));
        }
        var (_, preview) = await olga.GetAsync($"{assignments}/preview");
        foreach (var n in new[] { 2, 3, 5, 6 })
        {
            Assert.DoesNotContain($"<td>Held {n}</td>", preview);
        }
        Assert.Contains("<td>Held 4</td>", preview); // short of reviewers: two on the committee, three wanted

        // The reminder lists the unfinished reviews that are open to review only.
        var progress = $"/calls/{callId}/review-progress";
        var (_, progressPage) = await olga.GetAsync(progress);
        var click = ClickId().Match(progressPage).Groups[1].Value;
        using var remind = await olga.PostFormAsync(progress, $"{progress}/remind", new Dictionary<string, string> { ["reviewerId"] = ritaId.ToString(), ["click"] = click });
        await app.DeliverMailAsync();
        var mail = app.Smtp.To("rita@uni-a.edu").Single().TextBody;
        Assert.Contains("Held 1", mail);
        Assert.Contains("Held 4", mail);
        foreach (var n in new[] { 2, 3, 5, 6 })
        {
            Assert.DoesNotContain($"Held {n}", mail);
        }

        var (submissionsStatus, submissions) = await olga.GetAsync($"/calls/{callId}/submissions");
        Assert.True(submissionsStatus == HttpStatusCode.OK, submissions);
        var held = WebUtility.HtmlDecode(Regex.Replace(HeldSection().Match(submissions).Value, "<[^>]+>", string.Empty));
        Assert.Contains("Held back from review (4)", held);
        Assert.Contains("2. Held 2: The authors ask for a format exception", held);
        Assert.Contains("3. Held 3: The format exception was refused", held);
        Assert.Contains("5. Held 5: The latest check found format errors", held);
        Assert.Contains("6. Held 6: The authors changed after the PDF's anonymity check", held);
        Assert.DoesNotContain("Held 1:", held);
        Assert.DoesNotContain("Held 4:", held);

        // Granting the pending exception opens the abstract to review at once.
        using var granted = await olga.PostFormAsync($"/calls/{callId}/submissions", $"/calls/{callId}/submissions/{ids[1]}/exception",
            new Dictionary<string, string> { ["decision"] = "grant" });
        Assert.Equal(new[] { 1, 2, 4 }, await NumbersAsync(rita, $"/calls/{callId}/bidding"));
    }

    private async Task<(Guid Call, IReadOnlyList<Guid> Ids, Guid Rita, Guid Ben)> ArrangeAsync()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var ritaUser = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var benUser = await app.CreateUserAsync("ben@uni-b.edu", name: "Ben Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var rita = await app.AddReviewerAsync(call.Id, ritaUser.Id, r => { r.ExpertiseTopics = ["Optimization"]; r.MaxLoad = 10; });
        var ben = await app.AddReviewerAsync(call.Id, benUser.Id, r => { r.ExpertiseTopics = ["Optimization"]; r.MaxLoad = 10; });
        var pdf = SubmissionForms.Pdf("ok-one-page.pdf");
        var ids = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DeepMathDbContext>();
            var key = await services.GetRequiredService<IPdfStore>().PutAsync(pdf, SubmissionForms.Sha256(pdf));
            var batch = new AssignmentBatch { CallId = call.Id, Kind = AssignmentBatchKind.ManualAdd, Summary = "Before the holds", CreatedAt = ReviewingData.BiddingTime };
            db.AssignmentBatches.Add(batch);
            var ids = new List<Guid>();
            foreach (var kind in Enum.GetValues<Kind>())
            {
                var number = (int)kind + 1;
                var submission = new Submission
                {
                    CallId = call.Id, OwnerId = "owner-" + number, Number = number, Title = $"Held {number}", Topics = ["Optimization"],
                    Abstract = $"Abstract {number} on loss landscapes.", State = SubmissionState.Submitted, SubmittedAt = ReviewingData.BiddingTime,
                    ExceptionRequest = kind is Kind.Pending or Kind.Refused or Kind.Granted ? "The check is wrong about my margins." : null,
                    ExceptionState = kind switch
                    {
                        Kind.Pending => FormatExceptionState.Requested,
                        Kind.Refused => FormatExceptionState.Refused,
                        Kind.Granted => FormatExceptionState.Granted,
                        _ => null,
                    },
                };
                submission.SetAuthors([new SubmissionAuthor { Name = $"Author {number}", Email = $"author{number}@lab{number}.org", Affiliation = $"Lab {number}" }]);
                db.Submissions.Add(submission);
                db.SubmissionPdfs.Add(new SubmissionPdf
                {
                    SubmissionId = submission.Id, Version = 1, Sha256 = SubmissionForms.Sha256(pdf), SizeBytes = pdf.Length, StorageKey = key,
                    ReportJson = "{}", ErrorCount = kind is Kind.Clean or Kind.AuthorsChanged ? 0 : 1, CheckedAt = ReviewingData.BiddingTime,
                    // A co-author added after the check: the report was made against the author list before.
                    CheckedAuthorsFingerprint = kind == Kind.AuthorsChanged ? AuthorsFingerprint.Of([]) : submission.AuthorsFingerprint,
                });
                db.Assignments.Add(new ReviewerAssignment { CallId = call.Id, SubmissionId = submission.Id, ReviewerId = rita.Id, BatchId = batch.Id, CreatedAt = ReviewingData.BiddingTime });
                ids.Add(submission.Id);
            }
            await db.SaveChangesAsync();
            return ids;
        });
        return (call.Id, ids, rita.Id, ben.Id);
    }

    private static async Task<int[]> NumbersAsync(WebSession session, string url)
    {
        var (status, html) = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. BiddingNumber().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Order()];
    }

    [GeneratedRegex("<article class=\"card mb-3\" id=\"s\\d+\" data-number=\"(\\d+)\"")]
    private static partial Regex BiddingNumber();

    [GeneratedRegex("<tr><td>(\\d+)</td><td><a href=\"/calls/[^/]+/assigned/")]
    private static partial Regex AssignedNumber();

    [GeneratedRegex("name=\"click\" value=\"([^\"]+)\"")]
    private static partial Regex ClickId();

    [GeneratedRegex("<section class=\"alert alert-warning\" data-testid=\"held-back\"[\\s\\S]*?</section>")]
    private static partial Regex HeldSection();
}
