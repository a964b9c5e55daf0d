using DeepMath.Web;
using DeepMath.Web.Infrastructure;
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
        builder.AddModules();
        var host = builder.Build();
        // The CLI never starts the host, so the check the web app makes on start is made here: a wrong
        // setting stops a command at once with the same message.
        host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        return host;
    }

    public static async Task<int> RunAsync(string[] args, Func<IServiceProvider, Task<int>> action)
    {
        using var host = Build(args);
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
