using DeepMath.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Infrastructure.Time;

public static class TimeExtensions
{
    /// <summary>
    /// Registers the one clock of the application. The clock may only be moved outside Production:
    /// a production server always runs at real time, whatever its configuration says.
    /// </summary>
    public static IHostApplicationBuilder AddClock(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<ClockOptions, ClockOptionsValidator>(ClockOptions.Section);
        var movable = !builder.Environment.IsProduction();
        builder.Services.AddSingleton(sp =>
        {
            var clock = new AdjustableClock(TimeProvider.System);
            var start = sp.GetRequiredService<IOptions<ClockOptions>>().Value.ParseStart(TimeProvider.System.GetUtcNow());
            if (movable && start is { } instant)
            {
                clock.MoveTo(instant);
            }
            return clock;
        });
        builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<AdjustableClock>());
        return builder;
    }
}
