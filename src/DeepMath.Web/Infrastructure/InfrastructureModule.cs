using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Email;
using DeepMath.Web.Infrastructure.Health;
using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Infrastructure.Time;
using DeepMath.Web.Infrastructure.Web;

namespace DeepMath.Web.Infrastructure;

public static class InfrastructureModule
{
    /// <summary>Everything a DeepMath process needs that is not a module: clock, database, e-mail, jobs.</summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddClock();
        builder.AddDatabase();
        builder.AddEmail();
        builder.AddJobs();
        return builder;
    }

    /// <summary>What only the web host needs on top: MVC, health checks, structured logs.</summary>
    public static IHostApplicationBuilder AddWebHost(this IHostApplicationBuilder builder)
    {
        builder.AddWeb();
        builder.AddHealth();
        if (builder.Environment.IsProduction())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }
        return builder;
    }
}
