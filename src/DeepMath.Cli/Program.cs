using DeepMath.Cli.Commands;

var commands = new Dictionary<string, (string Summary, Func<string[], Task<int>> Run)>
{
    ["migrate"] = ("apply the database migrations", MigrateCommand.RunAsync),
    ["create-admin"] = ("create-admin EMAIL: make an account a site admin (creates it with a one-time password)", CreateAdminCommand.RunAsync),
    ["seed-demo"] = ("seed DeepMath 2025 and the demo accounts (Development)", SeedDemoCommand.RunAsync),
    ["assign"] = ("assign INSTANCE.json --out RESULT.json: optimal reviewer assignment (OR-Tools min-cost flow)", AssignCommand.RunAsync),
    ["check-format"] = ("check-format FILE.pdf|FOLDER [--author \"Given Family <email>\"]... [--affiliation TEXT]... [--rules FILE.json] [--json]", CheckFormatCommand.RunAsync),
};

if (args.Length == 0 || args[0] is "-h" or "--help" or "help" || !commands.TryGetValue(args[0], out var command))
{
    if (args.Length > 0 && args[0] is not ("-h" or "--help" or "help"))
    {
        Console.Error.WriteLine($"Unknown command '{args[0]}'.");
    }
    Console.Error.WriteLine("Usage: deepmath COMMAND [options]. Configuration comes from appsettings and environment variables (ConnectionStrings__Default, ...).");
    foreach (var (name, (summary, _)) in commands)
    {
        Console.Error.WriteLine($"  {name,-14} {summary}");
    }
    return args.Length == 0 || args[0] is "-h" or "--help" or "help" ? 0 : 2;
}

try
{
    return await command.Run(args[1..]);
}
catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException
    || (ex is AggregateException all && all.InnerExceptions.All(e => e is Microsoft.Extensions.Options.OptionsValidationException)))
{
    Console.Error.WriteLine($"deepmath {args[0]} failed: {ex.Message}");
    return 1;
}
