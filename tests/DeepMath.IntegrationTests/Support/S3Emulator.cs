using Amazon.Runtime;
using Amazon.S3;

namespace DeepMath.IntegrationTests.Support;

/// <summary>The local S3 emulator (npm s3rver) that scripts/test.sh starts, with its bucket and fixed test credentials.</summary>
public static class S3Emulator
{
    public const string Bucket = "deepmath-test";
    private const string Credential = "S3RVER";

    /// <summary>Objects of this test run go under their own prefix, so a sweep sees nothing from another run.</summary>
    public static string Prefix { get; } = $"it-{Guid.NewGuid():N}/";

    public static string ServiceUrl => Environment.GetEnvironmentVariable("DEEPMATH_TEST_S3_URL")
        ?? throw new InvalidOperationException(
            "DEEPMATH_TEST_S3_URL is not set. Run the tests with ./scripts/test.sh, which starts the S3 emulator (scripts/lib/s3.sh) and sets it.");

    public static Dictionary<string, string> Settings() => new()
    {
        ["Storage:Kind"] = "S3",
        ["Storage:S3:ServiceUrl"] = ServiceUrl,
        ["Storage:S3:Bucket"] = Bucket,
        ["Storage:S3:AccessKey"] = Credential,
        ["Storage:S3:SecretKey"] = Credential,
        ["Storage:S3:ForcePathStyle"] = "true",
        ["Storage:S3:Prefix"] = Prefix,
    };

    /// <summary>A client of its own, to look into the bucket behind the app's back.</summary>
    public static AmazonS3Client Client() => new(new BasicAWSCredentials(Credential, Credential), new AmazonS3Config
    {
        ServiceURL = ServiceUrl,
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });
}
