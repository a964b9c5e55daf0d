using Amazon.Runtime;
using Amazon.S3;
using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Submissions.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Submissions.Storage;

public static class StorageExtensions
{
    /// <summary>The PDF store chosen by Storage:Kind (Database unless set), with its options checked at start.</summary>
    public static IHostApplicationBuilder AddPdfStorage(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(StorageOptions.Section);
        builder.Services.AddScoped<PostgresPdfStore>();
        // The kind decides what is registered, so it is read before the options are built.
        var kind = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()?.Kind ?? StorageKind.Database;
        if (kind != StorageKind.S3)
        {
            builder.Services.AddScoped<IPdfStore>(sp => sp.GetRequiredService<PostgresPdfStore>());
            // A sweep left behind by an earlier S3 configuration would find no bucket to sweep.
            builder.Services.AddSingleton(new RecurringJobDefinition(SweepOrphanPdfObjectsJob.RecurringId, m => m.RemoveIfExists(SweepOrphanPdfObjectsJob.RecurringId)));
            return builder;
        }
        builder.Services.AddSingleton<IAmazonS3>(sp => CreateClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.S3));
        builder.Services.AddScoped<S3PdfStore>();
        builder.Services.AddScoped<IPdfStore>(sp => sp.GetRequiredService<S3PdfStore>());
        builder.Services.AddScoped<SweepOrphanPdfObjectsJob>();
        builder.Services.AddSingleton(new RecurringJobDefinition(SweepOrphanPdfObjectsJob.RecurringId,
            m => m.AddOrUpdate<SweepOrphanPdfObjectsJob>(SweepOrphanPdfObjectsJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Hourly())));
        return builder;
    }

    private static AmazonS3Client CreateClient(S3StorageOptions settings) =>
        new(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), new AmazonS3Config
        {
            ServiceURL = settings.ServiceUrl,
            AuthenticationRegion = settings.Region,
            ForcePathStyle = settings.ForcePathStyle,
            // Checksums only where S3 requires them: S3-compatible services vary in what else they accept.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
}
