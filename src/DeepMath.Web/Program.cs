using DeepMath.Web;
using DeepMath.Web.Infrastructure;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts;
using DeepMath.Web.Modules.Demo;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--clock"] = "Clock:Start" });

builder.AddInfrastructure();
builder.AddWebHost();
builder.AddModules();
// Every environment checks the service graph on start (Development alone does by default), so a singleton that
// captures a scoped service fails every test host, not only the ones that run the app as Development.
builder.Host.UseDefaultServiceProvider(options =>
{
    options.ValidateScopes = true;
    options.ValidateOnBuild = true;
});

var app = builder.Build();
await app.PrepareAsync(AccountsModule.EnsureConfiguredAdminAsync, DemoModule.SeedDemoIfConfiguredAsync);
app.UseDeepMathPipeline();
await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
