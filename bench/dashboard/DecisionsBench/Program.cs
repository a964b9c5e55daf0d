namespace DecisionsBench;

/// <summary>Not top-level statements: those would make a second type named Program beside the web app's.</summary>
public static class BenchMain
{
    /// <summary>Usage: DecisionsBench dashboard CONNECTION_STRING [--small] | notify CONNECTION_STRING.</summary>
    public static async Task<int> Main(string[] args)
    {
        var small = args is ["dashboard", _, "--small"];
        if (!(args is [_, _] || small) || args[0] is not ("dashboard" or "notify"))
        {
            await Console.Error.WriteLineAsync("usage: DecisionsBench dashboard CONNECTION_STRING [--small] | notify CONNECTION_STRING");
            return 2;
        }
        return args[0] == "dashboard" ? await DashboardBench.RunAsync(args[1], small) : await NotifyBench.RunAsync(args[1]);
    }
}
