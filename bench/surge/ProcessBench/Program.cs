namespace ProcessBench;

/// <summary>Not top-level statements: those would make a second type named Program beside the web app's.</summary>
public static class BenchMain
{
    /// <summary>Usage: ProcessBench surge|recovery COUNT CONNECTION_STRING (a database the benchmark may drop and recreate).</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 3 || args[0] is not ("surge" or "recovery") || !int.TryParse(args[1], out var count) || count < 1)
        {
            await Console.Error.WriteLineAsync("usage: ProcessBench surge|recovery COUNT CONNECTION_STRING");
            return 2;
        }
        var connection = await BenchDatabase.FreshAsync(args[2]);
        return args[0] == "surge" ? await SurgeBench.RunAsync(connection, count) : await RecoveryBench.RunAsync(connection, count);
    }
}
