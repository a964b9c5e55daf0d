using DecisionsBench;

// Usage: DecisionsBench dashboard|notify CONNECTION_STRING
if (args.Length != 2 || args[0] is not ("dashboard" or "notify"))
{
    Console.Error.WriteLine("usage: DecisionsBench dashboard|notify CONNECTION_STRING");
    return 2;
}
return args[0] == "dashboard" ? await DashboardBench.RunAsync(args[1]) : await NotifyBench.RunAsync(args[1]);
