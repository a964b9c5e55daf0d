using DeepMath.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.Cli.Commands;

/// <summary>`deepmath migrate`: applies the committed EF migrations; production runs this before starting the app.</summary>
internal static class MigrateCommand
{
    public static Task<int> RunAsync(string[] args) => CliHost.RunAsync(args, async services =>
    {
        var db = services.GetRequiredService<DeepMathDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count == 0)
        {
            Console.WriteLine("The database is up to date.");
            return 0;
        }
        Console.WriteLine($"Applying {pending.Count} migration(s): {string.Join(", ", pending)}");
        await db.Database.MigrateAsync();
        Console.WriteLine("Done.");
        return 0;
    });
}
