using Amazon.S3;
using Amazon.S3.Model;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Submissions.Jobs;

/// <summary>
/// Hourly, with the S3 store: removes PDF objects that no submission row points to and that are older than the
/// grace period, the leftovers of uploads whose transaction failed after the object was written.
/// </summary>
internal sealed class SweepOrphanPdfObjectsJob(ISubmissionsData db, IAmazonS3 s3, IOptions<StorageOptions> options, ILogger<SweepOrphanPdfObjectsJob> log)
{
    public const string RecurringId = "sweep-orphan-pdf-objects";

    /// <returns>The number of objects removed.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await RunAsync(TimeSpan.FromMinutes(options.Value.S3.OrphanGraceMinutes), cancellationToken);

    public async Task<int> RunAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        var settings = options.Value.S3;
        // The bucket stamps objects with real time; the app's clock may be moved in Development, so age is
        // measured on the system clock here.
        var cutoff = TimeProvider.System.GetUtcNow() - grace;
        var removed = 0;
        var request = new ListObjectsV2Request { BucketName = settings.Bucket, Prefix = settings.Prefix };
        ListObjectsV2Response page;
        do
        {
            page = await s3.ListObjectsV2Async(request, cancellationToken);
            var old = (page.S3Objects ?? [])
                .Where(o => o.LastModified is { } modified && modified.ToUniversalTime() < cutoff.UtcDateTime)
                .Select(o => o.Key[settings.Prefix.Length..])
                .Where(IsSha256)
                .ToList();
            foreach (var sha256 in await UnreferencedAsync(old, cancellationToken))
            {
                if (await RemoveIfStillOrphanAsync(sha256, cancellationToken))
                {
                    removed++;
                }
            }
            request.ContinuationToken = page.NextContinuationToken;
        }
        while (page.IsTruncated == true);
        if (removed > 0)
        {
            log.LogInformation("Removed {Count} PDF object(s) that no submission points to", removed);
        }
        return removed;
    }

    private async Task<List<string>> UnreferencedAsync(List<string> hashes, CancellationToken cancellationToken)
    {
        if (hashes.Count == 0)
        {
            return [];
        }
        var keys = hashes.Select(h => S3PdfStore.KeyPrefix + h).ToList();
        // A pending upload and a ZIP of PDFs for the organizers are stored the same way and are referenced by their rows.
        var referenced = await db.SubmissionPdfs.AsNoTracking().Where(p => keys.Contains(p.StorageKey)).Select(p => p.StorageKey)
            .Union(db.PendingUploads.AsNoTracking().Where(p => keys.Contains(p.StorageKey)).Select(p => p.StorageKey))
            .Union(db.PdfArchives.AsNoTracking().Where(a => a.StorageKey != null && keys.Contains(a.StorageKey)).Select(a => a.StorageKey!))
            .Distinct().ToListAsync(cancellationToken);
        return [.. hashes.Where(h => !referenced.Contains(S3PdfStore.KeyPrefix + h))];
    }

    /// <summary>Under the object's lock (skipped if an upload holds it), checks again that no row points to it, then deletes it.</summary>
    private async Task<bool> RemoveIfStillOrphanAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await PdfObjectLock.TryTakeAsync(db, sha256, cancellationToken)
            || await db.SubmissionPdfs.AnyAsync(p => p.StorageKey == S3PdfStore.KeyPrefix + sha256, cancellationToken)
            || await db.PendingUploads.AnyAsync(p => p.StorageKey == S3PdfStore.KeyPrefix + sha256, cancellationToken)
            || await db.PdfArchives.AnyAsync(a => a.StorageKey == S3PdfStore.KeyPrefix + sha256, cancellationToken))
        {
            return false;
        }
        await s3.DeleteObjectAsync(options.Value.S3.Bucket, options.Value.S3.Prefix + sha256, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static bool IsSha256(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);
}
