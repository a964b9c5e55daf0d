using DeepMath.Web.Modules.Submissions.Storage;

namespace DeepMath.UnitTests.Modules.Submissions;

/// <summary>The storage switch is checked at start: S3 without what it needs stops the app with a message naming the setting.</summary>
public sealed class StorageOptionsTests
{
    [Fact]
    public void The_database_store_needs_nothing_else()
    {
        Assert.Empty(Validation.Errors(new StorageOptions()));
        Assert.Equal(StorageKind.Database, new StorageOptions().Kind);
    }

    [Fact]
    public void S3_without_address_bucket_or_keys_names_each_missing_setting()
    {
        var messages = Validation.Errors(new StorageOptions { Kind = StorageKind.S3, S3 = new S3StorageOptions { ServiceUrl = "s3.example.org" } })
            .Select(e => e.ErrorMessage).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains(messages, m => m!.StartsWith("Storage:S3:ServiceUrl 's3.example.org' is not an http(s) address", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.StartsWith("Storage:S3:Bucket is not set", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.StartsWith("Storage:S3:AccessKey and Storage:S3:SecretKey must both be set", StringComparison.Ordinal));
    }

    [Fact]
    public void A_complete_s3_configuration_passes_and_a_grace_shorter_than_an_upload_does_not()
    {
        var options = new StorageOptions
        {
            Kind = StorageKind.S3,
            S3 = new S3StorageOptions { ServiceUrl = "http://127.0.0.1:9000", Bucket = "pdfs", AccessKey = "key", SecretKey = "secret" },
        };
        Assert.Empty(Validation.Errors(options));

        options.S3.OrphanGraceMinutes = 1;
        Assert.Contains("OrphanGraceMinutes is 1", Assert.Single(Validation.Errors(options)).ErrorMessage, StringComparison.Ordinal);
    }
}
