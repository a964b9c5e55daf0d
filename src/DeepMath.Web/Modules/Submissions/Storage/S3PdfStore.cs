using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using DeepMath.Web.Modules.Submissions.Data;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Submissions.Storage;

/// <summary>
/// PDFs in an S3-compatible bucket under "prefix + SHA-256". The object is written before the row that names
/// it commits, so nothing can point to a file that is not there; a commit that fails leaves an object nobody
/// points to, which <see cref="Jobs.SweepOrphanPdfObjectsJob"/> removes after a grace period. Keys saved while the
/// files were in PostgreSQL ("pg:") are still read from there, so switching the store loses nothing.
/// </summary>
internal sealed class S3PdfStore(IAmazonS3 s3, IOptions<StorageOptions> options, ISubmissionsData db, PostgresPdfStore database) : IPdfStore
{
    public const string KeyPrefix = "s3:";

    private S3StorageOptions Settings => options.Value.S3;

    public async Task<string> PutAsync(byte[] content, string sha256, CancellationToken cancellationToken = default)
    {
        // Held until the caller's transaction ends, so the sweep leaves this object alone until its row is in.
        await PdfObjectLock.TakeAsync(db, sha256, cancellationToken);
        // Always written, even if an object of that name exists: a content-addressed rewrite is harmless
        // (two uploads of the same bytes are one object) and renews its age, so the sweep cannot remove
        // an old orphan that this upload is about to make referenced again.
        using var body = new MemoryStream(content, writable: false);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Settings.Bucket,
            Key = ObjectKey(sha256),
            InputStream = body,
            ContentType = "application/pdf",
            AutoCloseStream = false,
            UseChunkEncoding = false,
        }, cancellationToken);
        return KeyPrefix + sha256;
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return await database.GetAsync(key, cancellationToken);
        }
        try
        {
            using var response = await s3.GetObjectAsync(Settings.Bucket, ObjectKey(key[KeyPrefix.Length..]), cancellationToken);
            using var buffer = new MemoryStream(response.ContentLength > 0 ? (int)response.ContentLength : 0);
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            await database.DeleteAsync(key, cancellationToken);
            return;
        }
        // Deleting an absent object succeeds in S3, so a sweep that runs twice does no harm.
        await s3.DeleteObjectAsync(Settings.Bucket, ObjectKey(key[KeyPrefix.Length..]), cancellationToken);
    }

    public string ObjectKey(string sha256) => Settings.Prefix + sha256;
}
