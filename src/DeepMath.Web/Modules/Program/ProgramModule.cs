using DeepMath.Web.Modules.Program.Changes;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Editor;
using DeepMath.Web.Modules.Program.Release;

namespace DeepMath.Web.Modules.Program;

public static class ProgramModule
{
    public static IHostApplicationBuilder AddProgramModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProgramReleases>();
        builder.Services.AddScoped<WorkingCopies>();
        builder.Services.AddScoped<AcceptedAbstracts>();
        builder.Services.AddScoped<EditorQuery>();
        builder.Services.AddScoped<SessionsHandler>();
        builder.Services.AddScoped<ItemsHandler>();
        builder.Services.AddScoped<ReleaseHandler>();
        builder.Services.AddScoped<ChangesQuery>();
        builder.Services.AddScoped<PresenterSlots>();
        return builder;
    }
}
