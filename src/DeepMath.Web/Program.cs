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

var app = builder.Build();
await app.PrepareAsync(AccountsModule.EnsureConfiguredAdminAsync, DemoModule.SeedDemoIfConfiguredAsync);
app.UseDeepMathPipeline();
await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
