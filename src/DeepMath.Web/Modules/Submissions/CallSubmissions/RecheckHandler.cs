using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Submissions.Checking;
using DeepMath.Web.Modules.Submissions.Domain;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.CallSubmissions;

/// <summary>Checks the latest PDF of every non-withdrawn submission of a call again, with the call's rules as they are now.</summary>
public sealed class RecheckHandler(DeepMathDbContext db, UploadChecker checker, IPdfStore store, TimeProvider clock)
{
    public async Task<int> HandleAsync(CallInfo call, CancellationToken cancellationToken)
    {
        var latest = await db.Submissions.Where(s => s.CallId == call.CallId && s.State != SubmissionState.Withdrawn)
            .Select(s => new
            {
                Submission = s,
                Pdf = db.SubmissionPdfs.Where(p => p.SubmissionId == s.Id).OrderByDescending(p => p.Version).FirstOrDefault(),
            })
            .Where(x => x.Pdf != null)
            .ToListAsync(cancellationToken);
        foreach (var item in latest)
        {
            // One at a time: each PDF may be tens of MiB, and a call may have hundreds.
            if (await store.GetAsync(item.Pdf!.StorageKey, cancellationToken) is not { } bytes)
            {
                continue;
            }
            var report = StoredReport.From(checker.Recheck(bytes, call.FormatRules, item.Submission.OrderedAuthors(), cancellationToken));
            item.Pdf.ReportJson = report.ToJson();
            item.Pdf.ErrorCount = report.Errors.Count;
            item.Pdf.WarningCount = report.Warnings.Count;
            item.Pdf.CheckedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(cancellationToken);
        return latest.Count;
    }
}
