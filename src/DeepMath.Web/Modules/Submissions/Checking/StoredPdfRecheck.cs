using DeepMath.AbstractFormat;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Checking;

/// <summary>A stored PDF checked again against an author list; <see cref="Pdf"/> is tracked, so <see cref="Apply"/> saves with the caller.</summary>
public sealed record Rechecked(SubmissionPdf Pdf, StoredReport Report, string AuthorsFingerprint, bool NewErrors)
{
    public void Apply(DateTimeOffset now)
    {
        Pdf.ReportJson = Report.ToJson();
        Pdf.ErrorCount = Report.Errors.Count;
        Pdf.WarningCount = Report.Warnings.Count;
        Pdf.CheckedAt = now;
        Pdf.CheckedAuthorsFingerprint = AuthorsFingerprint;
    }
}

/// <summary>
/// Checks a submission's latest stored PDF again when its report was made against other authors (or other
/// rules): a co-author added after the upload may be named in the text, so the anonymity check must see them.
/// The checker takes milliseconds on a stored, already-accepted file, so this runs in the request that saves the authors.
/// </summary>
public sealed class StoredPdfRecheck(ISubmissionsData db, UploadChecker checker, IPdfStore store)
{
    /// <summary>The latest PDF checked against <paramref name="authors"/>; null when there is no PDF, its bytes are gone, or (unless <paramref name="always"/>) its report already matches them.</summary>
    public async Task<Rechecked?> CheckAsync(Guid submissionId, IReadOnlyList<SubmissionAuthor> authors, FormatRules rules, bool always, CancellationToken cancellationToken)
    {
        var fingerprint = AuthorsFingerprint.Of(authors);
        var latest = await db.SubmissionPdfs.Where(p => p.SubmissionId == submissionId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest is null || (!always && latest.CheckedAuthorsFingerprint == fingerprint)
            || await store.GetAsync(latest.StorageKey, cancellationToken) is not { } bytes)
        {
            return null;
        }
        var report = StoredReport.From(checker.Recheck(bytes, rules, authors, cancellationToken));
        var before = StoredReport.FromJson(latest.ReportJson).Errors.Select(Key).ToHashSet();
        return new Rechecked(latest, report, fingerprint, report.Errors.Any(e => !before.Contains(Key(e))));
    }

    private static (string Code, int? Page, string? Text) Key(StoredFinding finding) => (finding.Code, finding.Page, finding.Text);
}
