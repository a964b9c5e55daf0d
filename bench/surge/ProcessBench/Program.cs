namespace ProcessBench;

/// <summary>Not top-level statements: those would make a second type named Program beside the web app's.</summary>
public static class BenchMain
{
    /// <summary>
    /// Usage: ProcessBench surge|recovery COUNT CONNECTION_STRING [--cluster] [--at-once] [--warm] (a database the benchmark may
    /// drop and recreate; for surge, --cluster: two instances behind nginx started by ./scripts/cluster.sh; the authors
    /// arrive spread over one minute, or with --at-once all at the same instant; --warm: 100 uncounted authors go first).
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        var cluster = args.Contains("--cluster");
        var spread = args.Contains("--at-once") ? 0 : 60;
        var warmUp = args.Contains("--warm") ? 100 : 0;
        args = [.. args.Where(a => a is not ("--cluster" or "--at-once" or "--warm"))];
        if (args.Length != 3 || args[0] is not ("surge" or "recovery") || !int.TryParse(args[1], out var count) || count < 1 || (cluster && args[0] != "surge"))
        {
            await Console.Error.WriteLineAsync("usage: ProcessBench surge COUNT CONNECTION_STRING [--cluster] [--at-once] [--warm] | recovery COUNT CONNECTION_STRING");
            return 2;
        }
        var connection = await BenchDatabase.FreshAsync(args[2]);
        return args[0] == "surge" ? await SurgeBench.RunAsync(connection, count, cluster, spread, warmUp) : await RecoveryBench.RunAsync(connection, count);
    }
}
