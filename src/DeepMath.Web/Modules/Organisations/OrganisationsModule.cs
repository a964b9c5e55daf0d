using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Organisations.ApplicationFiles;
using DeepMath.Web.Modules.Organisations.Apply;
using DeepMath.Web.Modules.Organisations.Authorization;
using DeepMath.Web.Modules.Organisations.CreateAwardRound;
using DeepMath.Web.Modules.Organisations.CreateOrganisation;
using DeepMath.Web.Modules.Organisations.EditNews;
using DeepMath.Web.Modules.Organisations.EditOrganisation;
using DeepMath.Web.Modules.Organisations.ManageAward;
using DeepMath.Web.Modules.Organisations.News;
using DeepMath.Web.Modules.Organisations.OrganisationList;
using DeepMath.Web.Modules.Organisations.OrganisationPage;
using DeepMath.Web.Modules.Organisations.SupervisorLetter;
using DeepMath.Web.Modules.Submissions.Contracts;

namespace DeepMath.Web.Modules.Organisations;

public static class OrganisationsModule
{
    public static IHostApplicationBuilder AddOrganisationsModule(this IHostApplicationBuilder builder)
    {
        // The contracts of Events and Submissions that only this module uses; registered here so that those modules' wiring stays as it was.
        builder.Services.AddScoped<AwardRounds>();
        builder.Services.AddScoped<EventLookup>();
        builder.Services.AddScoped<ApplicationIntake>();

        builder.Services.AddScoped<OrganisationAccess>();
        builder.Services.AddScoped<ApplicationAccess>();
        builder.Services.AddScoped<CreateOrganisationHandler>();
        builder.Services.AddScoped<OrganisationPageQuery>();
        builder.Services.AddScoped<OrganisationListQuery>();
        builder.Services.AddScoped<EditOrganisationHandler>();
        builder.Services.AddScoped<NewsQuery>();
        builder.Services.AddScoped<EditNewsHandler>();
        builder.Services.AddScoped<CreateAwardRoundHandler>();
        builder.Services.AddScoped<ManageAwardQuery>();
        builder.Services.AddScoped<GiveAwardHandler>();
        builder.Services.AddScoped<ApplyHandler>();
        builder.Services.AddScoped<ApplicationQuery>();
        builder.Services.AddScoped<SupervisorLetterHandler>();
        return builder;
    }
}
