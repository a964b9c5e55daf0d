using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Submissions.Storage;

/// <summary>Where uploaded PDFs go.</summary>
public enum StorageKind
{
    /// <summary>A bytea table in PostgreSQL, written in the submission's own transaction (the default).</summary>
    Database,

    /// <summary>An S3-compatible bucket, for meetings whose files outgrow the database.</summary>
    S3,
}

/// <summary>Configuration section "Storage" (Storage__Kind, Storage__S3__ServiceUrl, ...).</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public StorageKind Kind { get; set; } = StorageKind.Database;

    [ValidateObjectMembers]
    public S3StorageOptions S3 { get; set; } = new();

    /// <summary>
    /// A PDF kept across a round trip of the submission form (a pending upload) that was never saved is deleted, with its
    /// bytes, once this many hours old (Storage__PendingUploadHours).
    /// </summary>
    [Range(1, 24 * 30)]
    public int PendingUploadHours { get; set; } = 24;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind != StorageKind.S3)
        {
            yield break;
        }
        if (!Uri.TryCreate(S3.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Storage:S3:ServiceUrl '{S3.ServiceUrl}' is not an http(s) address. Set Storage__S3__ServiceUrl to the bucket service, for example https://s3.eu-west-1.amazonaws.com or http://127.0.0.1:9000.",
                [nameof(S3)]);
        }
        if (string.IsNullOrWhiteSpace(S3.Bucket))
        {
            yield return new ValidationResult("Storage:S3:Bucket is not set. Set Storage__S3__Bucket to the name of an existing bucket.", [nameof(S3)]);
        }
        if (string.IsNullOrWhiteSpace(S3.AccessKey) || string.IsNullOrWhiteSpace(S3.SecretKey))
        {
            yield return new ValidationResult(
                "Storage:S3:AccessKey and Storage:S3:SecretKey must both be set (from the environment or a secret store, never in a committed file).",
                [nameof(S3)]);
        }
        if (S3.OrphanGraceMinutes < 5)
        {
            yield return new ValidationResult(
                $"Storage:S3:OrphanGraceMinutes is {S3.OrphanGraceMinutes}; it must be at least 5, longer than any upload's transaction, or the sweep could remove a file whose row is about to commit.",
                [nameof(S3)]);
        }
    }
}

public sealed class S3StorageOptions
{
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }

    /// <summary>Signing region; S3-compatible services mostly accept any.</summary>
    [Required]
    public string Region { get; set; } = "us-east-1";

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Address buckets as service/bucket/key rather than bucket.service/key (MinIO, emulators).</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Objects under this prefix belong to DeepMath; the sweep looks nowhere else (so it may not be empty).</summary>
    [Required]
    public string Prefix { get; set; } = "pdfs/";

    /// <summary>An object no row points to is removed by the hourly sweep once it is this old.</summary>
    public int OrphanGraceMinutes { get; set; } = 60;
}
