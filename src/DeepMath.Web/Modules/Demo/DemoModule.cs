using DeepMath.Web.Infrastructure.Configuration;
using DeepMath.Web.Infrastructure.Time;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Demo;

public static class DemoModule
{
    public static IHostApplicationBuilder AddDemoModule(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<DemoOptions, DemoOptionsValidator>(DemoOptions.Section);
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoProgramSeeder>();
        builder.Services.AddScoped<DemoActivitySeeder>();
        return builder;
    }

    /// <summary>Seeds the demo when configured (never in Production) and prints its logins.</summary>
    public static async Task SeedDemoIfConfiguredAsync(IServiceProvider services)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (environment.IsProduction() || !services.GetRequiredService<IOptions<DemoOptions>>().Value.SeedOnStartup)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var logins = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        var clock = services.GetRequiredService<AdjustableClock>();
        Console.WriteLine();
        Console.WriteLine("DeepMath demo — DeepMath 2025 is seeded. Sign in with:");
        foreach (var login in logins)
        {
            Console.WriteLine($"  {login.Role,-11} {login.Email,-26} {login.Password}");
        }
        Console.WriteLine(clock.IsAdjusted
            ? $"  Demo clock: {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC (start with --clock now for real time)."
            : "  Clock: real time.");
        Console.WriteLine();
    }
}
