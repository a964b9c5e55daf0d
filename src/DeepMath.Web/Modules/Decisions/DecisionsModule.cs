using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Decisions.AuthorDecision;
using DeepMath.Web.Modules.Decisions.Contracts;
using DeepMath.Web.Modules.Decisions.Dashboard;
using DeepMath.Web.Modules.Decisions.Decide;
using DeepMath.Web.Modules.Decisions.Domain;
using DeepMath.Web.Modules.Decisions.Emails;
using DeepMath.Web.Modules.Decisions.Exports;
using DeepMath.Web.Modules.Decisions.Jobs;
using DeepMath.Web.Modules.Decisions.Notify;
using DeepMath.Web.Modules.Decisions.Outcomes;
using DeepMath.Web.Modules.Decisions.Templates;

namespace DeepMath.Web.Modules.Decisions;

public static class DecisionsModule
{
    public static IHostApplicationBuilder AddDecisionsModule(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<DecisionsOptions, DecisionsOptionsValidator>(DecisionsOptions.Section);
        builder.Services.AddScoped<OutcomeCatalog>();
        builder.Services.AddScoped<DashboardQuery>();
        builder.Services.AddScoped<SummaryQuery>();
        builder.Services.AddScoped<SubmissionsCsv>();
        builder.Services.AddScoped<SubmissionDetailQuery>();
        builder.Services.AddScoped<DecideHandler>();
        builder.Services.AddScoped<TopRankedQuery>();
        builder.Services.AddScoped<DeliveryQuery>();
        builder.Services.AddScoped<NotifyPageQuery>();
        builder.Services.AddScoped<OutcomesHandler>();
        builder.Services.AddScoped<DashboardPageQuery>();
        builder.Services.AddScoped<TemplatesQuery>();
        builder.Services.AddScoped<TemplatesPageQuery>();
        builder.Services.AddScoped<NotificationComposer>();
        builder.Services.AddScoped<TemplateHandler>();
        builder.Services.AddScoped<NotifyHandler>();
        builder.Services.AddScoped<DecisionMailer>();
        builder.Services.AddScoped<SendDecisionNotificationsJob>();
        builder.Services.AddScoped<AuthorDecisionQuery>();
        builder.Services.AddSingleton<AcceptanceLetter>();
        builder.Services.AddScoped<AcceptedPresenters>();
        builder.Services.AddScoped<SentDecisions>();
        builder.Services.AddScoped<CallDecisions>();
        builder.Services.AddRecurringJob<SendDecisionNotificationsJob>(SendDecisionNotificationsJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        return builder;
    }
}
