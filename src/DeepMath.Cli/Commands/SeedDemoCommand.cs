using DeepMath.Web.Modules.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeepMath.Cli.Commands;

/// <summary>`deepmath seed-demo`: seeds DeepMath 2025 and the demo accounts, and prints their logins.</summary>
internal static class SeedDemoCommand
{
    public static Task<int> RunAsync(string[] args) => CliHost.RunAsync(args, async services =>
    {
        if (services.GetRequiredService<IHostEnvironment>().IsProduction() && !args.Contains("--force"))
        {
            Console.Error.WriteLine("Refusing to seed demo accounts in Production. Set DOTNET_ENVIRONMENT=Development, or pass --force if you really mean it.");
            return 2;
        }
        var logins = await services.GetRequiredService<DemoSeeder>().SeedAsync();
        Console.WriteLine("DeepMath 2025 is seeded. Demo logins:");
        foreach (var login in logins)
        {
            Console.WriteLine($"  {login.Role,-11} {login.Email,-26} {login.Password}");
        }
        return 0;
    });
}
