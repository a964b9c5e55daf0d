using DeepMath.Web.Infrastructure;
using DeepMath.Web.Modules.Accounts;
using DeepMath.Web.Modules.Demo;
using DeepMath.Web.Modules.Events;
using DeepMath.Web.Modules.Reviewing;
using DeepMath.Web.Modules.Submissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeepMath.Cli;

/// <summary>
/// The same modules as the web app, configured the same way (appsettings, environment variables such
/// as ConnectionStrings__Default), but with no web server and no background job server.
/// </summary>
internal static class CliHost
{
    public static IHost Build(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "false",
            ["Jobs:ScheduleRecurring"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddInfrastructure();
        builder.AddAccountsModule();
        builder.AddEventsModule();
        builder.AddSubmissionsModule();
        builder.AddReviewingModule();
        builder.AddDemoModule();
        return builder.Build();
    }

    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider, Task<int>> action)
    {
        using var host = Build(args);
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
