using Hangfire;

namespace DeepMath.Web.Infrastructure.Jobs;

/// <summary>A recurring sweep a module contributes; all are registered with Hangfire at start-up.</summary>
public sealed record RecurringJobDefinition(string Id, Action<IRecurringJobManager> Register);

/// <summary>
/// The recurring sweeps run every minute and do whatever is due by then, so a changed date changes
/// what is due without any job having to be rescheduled.
/// </summary>
public static class RecurringJobsRegistrar
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, System.Linq.Expressions.Expression<Func<TJob, Task>> call)
        => services.AddSingleton(new RecurringJobDefinition(id, manager => manager.AddOrUpdate(id, call, Cron.Minutely())));

    public static void RegisterAll(IServiceProvider services)
    {
        var manager = services.GetRequiredService<IRecurringJobManager>();
        // E-mail is delivered by each instance's own loop now, not by a Hangfire sweep.
        manager.RemoveIfExists("deliver-outbox");
        foreach (var definition in services.GetServices<RecurringJobDefinition>())
        {
            definition.Register(manager);
        }
    }
}
