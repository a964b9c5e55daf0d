using DeepMath.Web.Modules.Accounts;
using DeepMath.Web.Modules.Decisions;
using DeepMath.Web.Modules.Demo;
using DeepMath.Web.Modules.Events;
using DeepMath.Web.Modules.Organisations;
using DeepMath.Web.Modules.Program;
using DeepMath.Web.Modules.Registration;
using DeepMath.Web.Modules.Reviewing;
using DeepMath.Web.Modules.Submissions;

namespace DeepMath.Web;

/// <summary>
/// Every module of DeepMath, in the one list that the web host and the command line both add, so that a
/// module added here exists in both (and the CLI's jobs and seeds find every service they need).
/// </summary>
public static class DeepMathModules
{
    public static IHostApplicationBuilder AddModules(this IHostApplicationBuilder builder)
    {
        builder.AddAccountsModule();
        builder.AddEventsModule();
        builder.AddSubmissionsModule();
        builder.AddReviewingModule();
        builder.AddDecisionsModule();
        builder.AddRegistrationModule();
        builder.AddProgramModule();
        builder.AddOrganisationsModule();
        builder.AddDemoModule();
        return builder;
    }
}
