using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Submissions.Jobs;

/// <summary>
/// Every minute: deletes pending uploads (PDFs kept across a round trip of the submission form and never saved) older
/// than <see cref="StorageOptions.PendingUploadHours"/>, and their bytes in the PDF store when nothing else points to
/// them (files are content-addressed, so a version, another pending upload or a ZIP may share them). Safe to run twice.
/// </summary>
internal sealed class ExpirePendingUploadsJob(ISubmissionsData db, IPdfStore store, IOptions<StorageOptions> options, TimeProvider clock,
    ILogger<ExpirePendingUploadsJob> log)
{
    public const string RecurringId = "expire-pending-uploads";

    /// <returns>The number of pending uploads deleted.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // The rows are stamped with the app's clock, so their age is measured on it too.
        var cutoff = clock.GetUtcNow() - TimeSpan.FromHours(options.Value.PendingUploadHours);
        var expired = await db.PendingUploads.AsNoTracking().Where(p => p.CreatedAt < cutoff)
            .OrderBy(p => p.CreatedAt).Select(p => new { p.Id, p.Sha256, p.StorageKey }).Take(500).ToListAsync(cancellationToken);
        var removed = 0;
        foreach (var upload in expired)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Waits for an upload of the same bytes in flight, so that its row is seen below before the bytes go.
            await PdfObjectLock.TakeAsync(db, upload.Sha256, cancellationToken);
            if (await db.PendingUploads.Where(p => p.Id == upload.Id).ExecuteDeleteAsync(cancellationToken) == 0)
            {
                continue;
            }
            var stillNeeded = await db.SubmissionPdfs.AnyAsync(p => p.StorageKey == upload.StorageKey, cancellationToken)
                || await db.PendingUploads.AnyAsync(p => p.StorageKey == upload.StorageKey, cancellationToken)
                || await db.PdfArchives.AnyAsync(a => a.StorageKey == upload.StorageKey, cancellationToken);
            if (!stillNeeded)
            {
                await store.DeleteAsync(upload.StorageKey, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            removed++;
        }
        if (removed > 0)
        {
            log.LogInformation("Deleted {Count} pending upload(s) older than {Hours} h", removed, options.Value.PendingUploadHours);
        }
        return removed;
    }
}
