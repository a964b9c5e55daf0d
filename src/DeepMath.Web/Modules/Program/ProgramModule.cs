using DeepMath.Web.Modules.Program.Contracts;

namespace DeepMath.Web.Modules.Program;

public static class ProgramModule
{
    public static IHostApplicationBuilder AddProgramModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProgramReleases>();
        return builder;
    }
}
