using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Submissions.Storage;

/// <summary>
/// PDFs in a bytea table. The insert runs on the DbContext's connection, so inside the caller's open
/// transaction: the submission row and its bytes commit or roll back together.
/// </summary>
internal sealed class PostgresPdfStore(ISubmissionsData db, TimeProvider clock) : IPdfStore
{
    private const string Prefix = "pg:";

    public async Task<string> PutAsync(byte[] content, string sha256, CancellationToken cancellationToken = default)
    {
        // Held until the caller's transaction ends, so that the expiry of a pending upload with the same bytes cannot
        // delete them between this insert (a no-op when they are already there) and the caller's row.
        await PdfObjectLock.TakeAsync(db, sha256, cancellationToken);
        var now = clock.GetUtcNow();
        long size = content.LongLength;
        // ON CONFLICT: the same bytes uploaded twice, perhaps at once by two authors, are one row.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO submissions.pdf_blobs (sha256, content, size_bytes, stored_at)
            VALUES ({sha256}, {content}, {size}, {now}) ON CONFLICT (sha256) DO NOTHING
            """, cancellationToken);
        return Prefix + sha256;
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var sha256 = key[Prefix.Length..];
        return await db.PdfBlobs.AsNoTracking().Where(b => b.Sha256 == sha256).Select(b => b.Content).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var sha256 = key[Prefix.Length..];
            await db.PdfBlobs.Where(b => b.Sha256 == sha256).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
