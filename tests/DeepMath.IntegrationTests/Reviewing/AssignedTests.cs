using System.Net;
using System.Text;
using DeepMath.IntegrationTests.Submissions;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>A reviewer reaches the submissions assigned to them, and their blinded PDFs, and nothing else.</summary>
[Collection(AppCollection.Name)]
public sealed class AssignedTests(AppFixture app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync(ReviewingData.BiddingTime);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_reviewer_downloads_a_blinded_pdf_named_after_the_event_and_number_with_the_confidential_header()
    {
        var s = await ArrangeAsync();
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        using var response = await rita.Client.GetAsync($"/calls/{s.Call}/assigned/{s.Assigned}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("deepmath-2025-1.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        Assert.Null(pdf.Information.Author);
        Assert.False(pdf.TryGetXmpMetadata(out _));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Abstract 1", text);
        Assert.Contains("confidential", text);
        using (var original = PdfDocument.Open(SubmissionForms.Pdf("metadata-author.pdf")))
        {
            Assert.Equal("Samuel Okafor", original.Information.Author); // what blinding must take away
        }
        foreach (var encoding in new Encoding[] { Encoding.Latin1, Encoding.BigEndianUnicode })
        {
            Assert.DoesNotContain("Okafor", encoding.GetString(bytes), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Okafor", encoding.GetString(bytes, 1, bytes.Length - 1), StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("Okafor", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_list_and_page_show_only_assigned_submissions_without_authors_and_everything_else_is_404()
    {
        var s = await ArrangeAsync();
        using var rita = await app.SignedInAsync("rita@uni-a.edu");
        var list = $"/calls/{s.Call}/assigned";
        foreach (var url in new[] { "/reviewing", list, $"{list}/{s.Assigned}" })
        {
            var (status, html) = await rita.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            foreach (var secret in new[] { "Samuel Okafor", "s.okafor@cs.example.com", "cs.example.com", "University of Toronto", "Unassigned work", "Mine" })
            {
                Assert.DoesNotContain(secret, WebUtility.HtmlDecode(html), StringComparison.OrdinalIgnoreCase);
            }
        }
        var listed = (await rita.GetAsync(list)).Html;
        Assert.Contains("Blinded result", listed);
        Assert.Contains($"{list}/{s.Assigned}/pdf", listed);
        Assert.Contains("1 assigned to you", (await rita.GetAsync("/reviewing")).Html);

        foreach (var other in new[] { s.Unassigned, s.Conflicted, Guid.NewGuid() })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"{list}/{other}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"{list}/{other}/pdf")).Status);
        }

        // A conflict found after the assignment closes the door too: Rita now lists the author's institution.
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DeepMathDbContext>();
            var reviewer = await db.Reviewers.FindAsync(s.Rita);
            reviewer!.Affiliations = ["University of Toronto"];
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"{list}/{s.Assigned}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await rita.GetAsync($"{list}/{s.Assigned}/pdf")).Status);
        Assert.DoesNotContain("Blinded result", (await rita.GetAsync(list)).Html);

        await app.CreateUserAsync("eve@example.org");
        using var eve = await app.SignedInAsync("eve@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync(list)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await eve.GetAsync($"{list}/{s.Assigned}/pdf")).Status);
    }

    private sealed record Setup(Guid Call, Guid Rita, Guid Assigned, Guid Unassigned, Guid Conflicted);

    /// <summary>Rita is assigned abstract 1 (by hand, through the organizer's form); 2 is not hers; 3 is hers too but she wrote it.</summary>
    private async Task<Setup> ArrangeAsync()
    {
        var organizer = await app.CreateUserAsync("olga@example.org");
        var user = await app.CreateUserAsync("rita@uni-a.edu", name: "Rita Reviewer");
        var (_, call) = await app.CreateEventAsync(zone: "UTC", organizerIds: [organizer.Id]);
        var rita = await app.AddReviewerAsync(call.Id, user.Id);
        var assigned = await app.SubmitAsync(call.Id, 1, "Blinded result", ["Optimization"], ("Samuel Okafor", "s.okafor@cs.example.com", "University of Toronto"));
        var unassigned = await app.SubmitAsync(call.Id, 2, "Unassigned work", ["Optimization"], ("Wei Fan", "wfan@ust.example.hk", "HKUST"));
        var conflicted = await app.SubmitAsync(call.Id, 3, "Mine", ["Optimization"], ("Rita Reviewer", "rita@uni-a.edu", "Uni A"));
        foreach (var submission in new[] { assigned, unassigned, conflicted })
        {
            await app.AttachPdfAsync(submission.Id, SubmissionForms.Pdf("metadata-author.pdf"));
        }
        using var olga = await app.SignedInAsync("olga@example.org");
        var page = $"/calls/{call.Id}/assignments";
        using var added = await olga.PostFormAsync(page, $"{page}/add", new Dictionary<string, string> { ["submissionId"] = assigned.Id.ToString(), ["reviewerId"] = rita.Id.ToString() });
        Assert.Contains("Rita Reviewer now reviews abstract 1.", WebUtility.HtmlDecode((await olga.GetAsync(page)).Html));
        // Abstract 3 is assigned in the data directly, as a stale pair from before the conflict was known.
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DeepMathDbContext>();
            var batch = new DeepMath.Web.Modules.Reviewing.Domain.AssignmentBatch { CallId = call.Id, Summary = "old" };
            db.AssignmentBatches.Add(batch);
            db.Assignments.Add(new DeepMath.Web.Modules.Reviewing.Domain.ReviewerAssignment { CallId = call.Id, SubmissionId = conflicted.Id, ReviewerId = rita.Id, BatchId = batch.Id });
            return await db.SaveChangesAsync();
        });
        return new Setup(call.Id, rita.Id, assigned.Id, unassigned.Id, conflicted.Id);
    }
}
