using Microsoft.AspNetCore.Authentication;
using DeepMath.Web.Infrastructure.Database;
using DeepMath.Web.Infrastructure.Health;
using DeepMath.Web.Infrastructure.Jobs;
using Hangfire;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Web;

public static class PipelineExtensions
{
    /// <summary>Checks every options section, migrates (where configured) and runs each module's start-up work before the first request.</summary>
    public static async Task PrepareAsync(this WebApplication app, params Func<IServiceProvider, Task>[] startupTasks)
    {
        // The settings are checked before anything touches the database, not only when the host starts.
        app.Services.GetService<IStartupValidator>()?.Validate();
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.MigrateOnStartup)
        {
            await app.Services.MigrateDatabaseAsync();
        }
        foreach (var task in startupTasks)
        {
            await task(app.Services);
        }
        if (app.Services.GetRequiredService<IOptions<JobsOptions>>().Value.ScheduleRecurring)
        {
            RecurringJobsRegistrar.RegisterAll(app.Services);
        }
    }

    public static WebApplication UseDeepMathPipeline(this WebApplication app)
    {
        // Behind a load balancer, says which instance answered (scripts/cluster.sh names them); off unless configured.
        if (app.Services.GetRequiredService<IOptions<InstanceOptions>>().Value.Name is { Length: > 0 } instance)
        {
            app.Use((context, next) =>
            {
                context.Response.Headers["X-Instance"] = instance;
                return next(context);
            });
        }
        app.UseSecurityHeaders();
        if (app.Services.GetRequiredService<IOptions<WebSecurityOptions>>().Value.KnownProxies.Length > 0)
        {
            // Only a configured proxy may say who the client is (the sign-in throttle counts per client address).
            app.UseForwardedHeaders();
        }
        app.UseCookiePolicy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // One culture for every request, whatever the server's locale: forms post numbers with a
        // decimal point and dates as yyyy-MM-dd, and pages are in English.
        var english = new System.Globalization.CultureInfo("en-US");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(english),
            SupportedCultures = [english],
            SupportedUICultures = [english],
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // Once, after routing (the sign-in throttle's policies are per endpoint): the global request queue
        // and the throttle share this one middleware. Twice would take two queue permits per request,
        // and a full queue would then wait on itself.
        app.UseRateLimiter();
        // The dashboard answers 401 to strangers; send them to the sign-in page instead.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/hangfire"), branch => branch.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync();
                return;
            }
            await next();
        }));
        app.MapStaticAssets();
        app.MapControllers();
        app.MapHealth();
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            AsyncAuthorization = [new HangfireDashboardAuthorization()],
            DashboardTitle = "DeepMath jobs",
        });
        return app;
    }
}
