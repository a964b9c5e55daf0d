using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Program.Book.Jobs;
using DeepMath.Web.Modules.Program.Book.Typesetting;
using DeepMath.Web.Modules.Program.BookDownload;
using DeepMath.Web.Modules.Program.BookStatus;
using DeepMath.Web.Modules.Program.Changes;
using DeepMath.Web.Modules.Program.Contracts;
using DeepMath.Web.Modules.Program.Editor;
using DeepMath.Web.Modules.Program.MySchedule;
using DeepMath.Web.Modules.Program.PublicProgram;
using DeepMath.Web.Modules.Program.Published;
using DeepMath.Web.Modules.Program.Release;
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
        builder.AddValidatedOptions<BookOptions, BookOptionsValidator>(BookOptions.Section);
        builder.Services.AddSingleton<LatexRunner>();
        builder.Services.AddSingleton<PdfPageOrder>();
        builder.Services.AddSingleton<BookTypesetter>();
        builder.Services.AddScoped<BookInputQuery>();
        builder.Services.AddScoped<BuildBookJob>();
        builder.Services.AddScoped<CheckBooksJob>();
        builder.Services.AddRecurringJob<CheckBooksJob>(CheckBooksJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        builder.Services.AddScoped<DownloadBookQuery>();
        builder.Services.AddScoped<BookStatusQuery>();
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
