using DeepMath.Web.Infrastructure;
using DeepMath.Web.Infrastructure.Web;
using DeepMath.Web.Modules.Accounts;
using DeepMath.Web.Modules.Decisions;
using DeepMath.Web.Modules.Demo;
using DeepMath.Web.Modules.Events;
using DeepMath.Web.Modules.Registration;
using DeepMath.Web.Modules.Reviewing;
using DeepMath.Web.Modules.Submissions;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--clock"] = "Clock:Start" });

builder.AddInfrastructure();
builder.AddWebHost();
builder.AddAccountsModule();
builder.AddEventsModule();
builder.AddSubmissionsModule();
builder.AddReviewingModule();
builder.AddDecisionsModule();
builder.AddRegistrationModule();
builder.AddDemoModule();

var app = builder.Build();
await app.PrepareAsync(AccountsModule.EnsureConfiguredAdminAsync, DemoModule.SeedDemoIfConfiguredAsync);
app.UseDeepMathPipeline();
await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
