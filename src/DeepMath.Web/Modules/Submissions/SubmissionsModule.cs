using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Submissions;

public static class SubmissionsModule
{
    public static IHostApplicationBuilder AddSubmissionsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<SubmissionStats>();
        builder.Services.AddScoped<StartSubmission.StartSubmissionHandler>();
        builder.Services.AddScoped<MySubmissions.SubmitDraftHandler>();
        return builder;
    }
}
