using DeepMath.Web.Infrastructure.Database;
using Microsoft.Extensions.DependencyInjection;

namespace DeepMath.Cli.Commands;

/// <summary>`deepmath migrate`: applies the committed EF migrations; production runs this before starting the app.</summary>
internal static class MigrateCommand
{
    public static Task<int> RunAsync(string[] args) => CliHost.RunAsync(args, async services =>
    {
        var db = services.GetRequiredService<DeepMathDbContext>();
        var applied = await DatabaseMigrator.MigrateAsync(db.Database);
        Console.WriteLine(applied.Count == 0
            ? "The database is up to date."
            : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
        return 0;
    });
}
