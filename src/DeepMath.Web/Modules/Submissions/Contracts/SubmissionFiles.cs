using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Contracts;

/// <summary>One stored PDF version with the format check's verdict on it, for the organizers' page of a submission.</summary>
/// <param name="Findings">The check's findings in words, errors first.</param>
public sealed record PdfVersionListing(int Version, DateTimeOffset UploadedAt, string Sha256, long SizeBytes, int ErrorCount, int WarningCount, int Pages,
    IReadOnlyList<string> Findings);

/// <summary>The Submissions module's public face for files: the PDF that reviewers are to read, and the versions organizers look at.</summary>
public sealed class SubmissionFiles(ISubmissionsData db, IPdfStore store)
{
    /// <summary>Every PDF version of a submission, newest first, with its format report.</summary>
    public async Task<IReadOnlyList<PdfVersionListing>> VersionsAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        var rows = await db.SubmissionPdfs.AsNoTracking().Where(p => p.SubmissionId == submissionId).OrderByDescending(p => p.Version)
            .Select(p => new { p.Version, p.UploadedAt, p.Sha256, p.SizeBytes, p.ErrorCount, p.WarningCount, p.ReportJson })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var report = StoredReport.FromJson(r.ReportJson);
            return new PdfVersionListing(r.Version, r.UploadedAt, r.Sha256, r.SizeBytes, r.ErrorCount, r.WarningCount, report.Pages,
                [.. report.Errors.Select(f => $"error: {f.Message}"), .. report.Warnings.Select(f => $"warning: {f.Message}")]);
        })];
    }

    /// <summary>The bytes of the latest PDF version of an abstract open to review (see <see cref="ReviewHold"/>), or null.</summary>
    public async Task<byte[]?> LatestPdfAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        if (!await db.Submissions.Where(s => s.Id == submissionId).OpenToReview(db.SubmissionPdfs).AnyAsync(cancellationToken))
        {
            return null;
        }
        var key = await db.SubmissionPdfs.AsNoTracking()
            .Where(p => p.SubmissionId == submissionId)
            .OrderByDescending(p => p.Version)
            .Select(p => p.StorageKey)
            .FirstOrDefaultAsync(cancellationToken);
        return key is null ? null : await store.GetAsync(key, cancellationToken);
    }
}
