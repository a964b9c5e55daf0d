namespace ProcessBench;

/// <summary>Not top-level statements: those would make a second type named Program beside the web app's.</summary>
public static class BenchMain
{
    /// <summary>
    /// Usage: ProcessBench surge|recovery COUNT CONNECTION_STRING [--cluster] (a database the benchmark may drop and
    /// recreate; --cluster, for surge: two instances behind nginx started by ./scripts/cluster.sh).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        var cluster = args.Contains("--cluster");
        args = [.. args.Where(a => a != "--cluster")];
        if (args.Length != 3 || args[0] is not ("surge" or "recovery") || !int.TryParse(args[1], out var count) || count < 1 || (cluster && args[0] != "surge"))
        {
            await Console.Error.WriteLineAsync("usage: ProcessBench surge COUNT CONNECTION_STRING [--cluster] | recovery COUNT CONNECTION_STRING");
            return 2;
        }
        var connection = await BenchDatabase.FreshAsync(args[2]);
        return args[0] == "surge" ? await SurgeBench.RunAsync(connection, count, cluster) : await RecoveryBench.RunAsync(connection, count);
    }
}
