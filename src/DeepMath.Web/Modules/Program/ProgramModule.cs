using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.MySchedule;
using DeepMath.Web.Modules.Program.PublicProgram;
using DeepMath.Web.Modules.Program.Published;
using DeepMath.Web.Modules.Program.Stars;

namespace DeepMath.Web.Modules.Program;

public static class ProgramModule
{
    public static IHostApplicationBuilder AddProgramModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProgramReleases>();
        builder.Services.AddScoped<PublishedProgramQuery>();
        builder.Services.AddScoped<ProgramPageQuery>();
        builder.Services.AddScoped<StarHandler>();
        builder.Services.AddScoped<MyScheduleQuery>();
        builder.Services.AddScoped<ScheduleLinkHandler>();
        return builder;
    }
}
