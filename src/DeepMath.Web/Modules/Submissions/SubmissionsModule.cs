using DeepMath.AbstractFormat;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Submissions.Authorization;
using DeepMath.Web.Modules.Submissions.CallSubmissions;
using DeepMath.Web.Modules.Submissions.Checking;
using DeepMath.Web.Modules.Submissions.Contracts;
using DeepMath.Web.Modules.Submissions.DownloadPdf;
using DeepMath.Web.Modules.Submissions.EditSubmission;
using DeepMath.Web.Modules.Submissions.MySubmissions;
using DeepMath.Web.Modules.Submissions.Storage;

namespace DeepMath.Web.Modules.Submissions;

public static class SubmissionsModule
{
    public static IHostApplicationBuilder AddSubmissionsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<SubmissionStats>();
        builder.Services.AddScoped<SubmissionAuthorsQuery>();
        builder.Services.AddScoped<CallAuthorContacts>();
        builder.Services.AddScoped<SubmissionFiles>();
        builder.Services.AddScoped<SubmissionCatalog>();
        builder.Services.AddSingleton<FormatChecker>();
        builder.Services.AddSingleton<UploadChecker>();
        builder.AddPdfStorage();
        builder.Services.AddScoped<StoredPdfRecheck>();
        builder.Services.AddScoped<SubmissionAccess>();
        builder.Services.AddScoped<SaveSubmissionHandler>();
        builder.Services.AddScoped<PendingUploads>();
        builder.Services.AddScoped<WithdrawSubmissionHandler>();
        builder.Services.AddScoped<FinalVersion.SaveFinalVersionHandler>();
        builder.Services.AddScoped<SubmissionEditorQueries>();
        builder.Services.AddScoped<ReceiptMailer>();
        builder.Services.AddScoped<CallSubmissionsQuery>();
        builder.Services.AddScoped<DecideExceptionHandler>();
        builder.Services.AddScoped<RecheckHandler>();
        builder.Services.AddScoped<MySubmissionsQuery>();
        builder.Services.AddScoped<StoredPdfQuery>();
        builder.Services.AddScoped<PdfArchives.RequestPdfArchiveHandler>();
        builder.Services.AddScoped<PdfArchives.PdfArchiveQuery>();
        builder.Services.AddScoped<Jobs.BuildPdfArchiveJob>();
        builder.Services.AddScoped<Jobs.ExpirePendingUploadsJob>();
        builder.Services.AddRecurringJob<Jobs.ExpirePendingUploadsJob>(Jobs.ExpirePendingUploadsJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        return builder;
    }
}
