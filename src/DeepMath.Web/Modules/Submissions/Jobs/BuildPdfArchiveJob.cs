using System.IO.Compression;
using System.Security.Cryptography;
using DeepMath.Web.Modules.Submissions.Data;
using DeepMath.Web.Modules.Submissions.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Jobs;

/// <summary>
/// Packs the latest PDF of each submission an archive names into a ZIP ("abstract-007.pdf"), stores it in the PDF
/// storage and marks the archive ready, telling the page how far it got every few files. Safe to run twice: a ready
/// archive is left alone, and the storage is addressed by content.
/// </summary>
[AutomaticRetry(Attempts = 2)]
public sealed class BuildPdfArchiveJob(ISubmissionsData db, IPdfStore store, TimeProvider clock, ILogger<BuildPdfArchiveJob> logger)
{
    private const int ProgressEvery = 10;

    public async Task RunAsync(Guid archiveId, CancellationToken cancellationToken)
    {
        var archive = await db.PdfArchives.SingleOrDefaultAsync(a => a.Id == archiveId, cancellationToken);
        if (archive is null || archive.IsReady)
        {
            return;
        }
        try
        {
            var ids = archive.SubmissionIds;
            var files = await db.Submissions.AsNoTracking().IgnoreAutoIncludes().Where(s => ids.Contains(s.Id))
                .Select(s => new
                {
                    s.Number,
                    Key = db.SubmissionPdfs.Where(p => p.SubmissionId == s.Id).OrderByDescending(p => p.Version).Select(p => p.StorageKey).FirstOrDefault(),
                })
                .OrderBy(s => s.Number).ToListAsync(cancellationToken);
            archive.Packed = 0;
            using var zip = new MemoryStream();
            using (var writer = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files)
                {
                    if (file.Key is not null && await store.GetAsync(file.Key, cancellationToken) is { } pdf)
                    {
                        // PDFs are compressed already: storing them keeps the job quick.
                        var entry = writer.CreateEntry($"abstract-{file.Number:D3}.pdf", CompressionLevel.NoCompression);
                        await using (var stream = entry.Open())
                        {
                            await stream.WriteAsync(pdf, cancellationToken);
                        }
                        if (++archive.Packed % ProgressEvery == 0)
                        {
                            await db.SaveChangesAsync(cancellationToken);
                        }
                    }
                }
            }
            var bytes = zip.ToArray();
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            archive.StorageKey = await store.PutAsync(bytes, sha, cancellationToken);
            archive.Sha256 = sha;
            archive.SizeBytes = bytes.Length;
            archive.CompletedAt = clock.GetUtcNow();
            archive.Error = null;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The ZIP {ArchiveId} could not be built", archiveId);
            archive.Error = "the ZIP could not be built.";
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }
}
