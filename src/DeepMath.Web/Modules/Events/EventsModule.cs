using DeepMath.Web.Infrastructure.Jobs;
using DeepMath.Web.Modules.Events.Authorization;
using DeepMath.Web.Modules.Events.Contracts;
using DeepMath.Web.Modules.Events.Jobs;

namespace DeepMath.Web.Modules.Events;

public static class EventsModule
{
    public static IHostApplicationBuilder AddEventsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EventAccess>();
        builder.Services.AddScoped<CallSchedule>();
        builder.Services.AddScoped<EventManagers>();
        builder.Services.AddScoped<EventCalls>();
        builder.Services.AddScoped<EventCalendar>();
        builder.Services.AddScoped<RunCallLifecycleJob>();
        builder.Services.AddScoped<LifecycleMailer>();
        builder.Services.AddRecurringJob<RunCallLifecycleJob>(RunCallLifecycleJob.RecurringId, job => job.RunAsync(CancellationToken.None));
        return builder;
    }
}
