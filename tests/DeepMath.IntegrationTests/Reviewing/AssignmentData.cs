using System.Security.Cryptography;
using DeepMath.IntegrationTests.Support;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.IntegrationTests.Reviewing;

/// <summary>What assignment tests insert and read: k per call, bids, stored PDFs, and the assignments as pairs of numbers and reviewer e-mails.</summary>
public static class AssignmentData
{
    public static Task SetReviewsPerSubmissionAsync(this AppFixture app, Guid callId, int k) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().Calls.Where(c => c.Id == callId)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.ReviewsPerSubmission, k)));

    public static Task BidAsync(this AppFixture app, Guid reviewerId, Guid submissionId, BidValue value) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            db.Bids.Add(new Bid { ReviewerId = reviewerId, SubmissionId = submissionId, Value = value });
            return await db.SaveChangesAsync();
        });

    public static Task AttachPdfAsync(this AppFixture app, Guid submissionId, byte[] content) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var sha = Convert.ToHexStringLower(SHA256.HashData(content));
            var key = await s.GetRequiredService<IPdfStore>().PutAsync(content, sha);
            var submission = await db.Submissions.SingleAsync(x => x.Id == submissionId);
            submission.AuthorsFingerprint = AuthorsFingerprint.Of(submission.Authors);
            // Checked against the authors as they are, as an upload through the form would be.
            db.SubmissionPdfs.Add(new SubmissionPdf
            {
                SubmissionId = submissionId, Version = 1, Sha256 = sha, SizeBytes = content.Length, StorageKey = key, ReportJson = "{}",
                CheckedAuthorsFingerprint = submission.AuthorsFingerprint,
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>The call's assignments as "number:reviewer id", sorted, to compare with what a test expects.</summary>
    public static Task<List<string>> AssignedPairsAsync(this AppFixture app, Guid callId) =>
        app.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DeepMathDbContext>();
            var pairs = await db.Assignments.AsNoTracking().Where(a => a.CallId == callId)
                .Join(db.Submissions, a => a.SubmissionId, x => x.Id, (a, x) => new { x.Number, a.ReviewerId }).ToListAsync();
            return pairs.Select(p => $"{p.Number}:{p.ReviewerId}").Order(StringComparer.Ordinal).ToList();
        });

    public static Task<Guid> LatestBatchAsync(this AppFixture app, Guid callId, AssignmentBatchKind kind) =>
        app.WithScopeAsync(s => s.GetRequiredService<DeepMathDbContext>().AssignmentBatches.AsNoTracking()
            .Where(b => b.CallId == callId && b.Kind == kind).OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Select(b => b.Id).FirstAsync());
}
