namespace DecisionsBench;

/// <summary>Not top-level statements: those would make a second type named Program beside the web app's.</summary>
public static class BenchMain
{
    /// <summary>Usage: DecisionsBench dashboard|notify CONNECTION_STRING.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length != 2 || args[0] is not ("dashboard" or "notify"))
        {
            await Console.Error.WriteLineAsync("usage: DecisionsBench dashboard|notify CONNECTION_STRING");
            return 2;
        }
        return args[0] == "dashboard" ? await DashboardBench.RunAsync(args[1]) : await NotifyBench.RunAsync(args[1]);
    }
}
