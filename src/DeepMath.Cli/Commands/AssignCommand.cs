using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DeepMath.Assignment;

namespace DeepMath.Cli.Commands;

/// <summary>`deepmath assign INSTANCE.json --out RESULT.json`: the exact reviewer assignment of an instance file.</summary>
internal static class AssignCommand
{
    public const int Success = 0;
    public const int Misuse = 2;

    private const string Usage = "usage: deepmath assign INSTANCE.json --out RESULT.json";
    private const int MaxReasonsShown = 10;

    /// <param name="args">The arguments after the verb; a leading "assign" is tolerated.</param>
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var started = Stopwatch.StartNew();
        var arguments = args.Length > 0 && args[0] == "assign" ? args[1..] : args;
        if (arguments.Any(a => a is "-h" or "--help"))
        {
            output.WriteLine(Usage);
            return Success;
        }

        if (!TryParse(arguments, out var instancePath, out var outPath, out var problem))
        {
            error.WriteLine($"deepmath assign: {problem}");
            error.WriteLine(Usage);
            return Misuse;
        }

        AssignmentInstance instance;
        try
        {
            using var input = new FileStream(instancePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            instance = AssignmentJson.ReadInstance(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"deepmath assign: cannot read {instancePath}: {e.Message}");
            return Misuse;
        }
        catch (JsonException e)
        {
            error.WriteLine($"deepmath assign: {instancePath} is not a valid instance: {e.Message}");
            return Misuse;
        }

        AssignmentResult result;
        try
        {
            result = AssignmentSolver.Solve(instance);
        }
        catch (AssignmentInputException e)
        {
            error.WriteLine($"deepmath assign: {instancePath} is inconsistent: {e.Message}");
            return Misuse;
        }

        var seconds = started.Elapsed.TotalSeconds;
        try
        {
            using var file = new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            AssignmentJson.WriteResult(file, result, seconds);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"deepmath assign: cannot write {outPath}: {e.Message}");
            return Misuse;
        }

        Report(output, instance, result, seconds, outPath);
        return Success;
    }

    private static bool TryParse(string[] args, out string instancePath, out string outPath, out string problem)
    {
        instancePath = outPath = problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--out" || arg == "-o")
            {
                if (i + 1 >= args.Length)
                {
                    problem = "--out needs a file name.";
                    return false;
                }

                outPath = args[++i];
            }
            else if (arg.StartsWith("--out=", StringComparison.Ordinal))
            {
                outPath = arg["--out=".Length..];
            }
            else if (arg.StartsWith('-') && arg != "-")
            {
                problem = $"unknown option {arg}.";
                return false;
            }
            else if (instancePath.Length == 0)
            {
                instancePath = arg;
            }
            else
            {
                problem = $"unexpected argument {arg}: only one instance file is read.";
                return false;
            }
        }

        problem = instancePath.Length == 0 ? "the instance file is missing."
            : outPath.Length == 0 ? "--out RESULT.json is missing."
            : "";
        return problem.Length == 0;
    }

    private static void Report(TextWriter output, AssignmentInstance instance, AssignmentResult result, double seconds, string outPath)
    {
        var wanted = (long)instance.Papers.Count * instance.ReviewsPerPaper;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"assigned {result.Assigned} of {wanted} reviews, objective {result.Objective:F4}, in {seconds:F2} s; written to {outPath}"));
        if (result.Shortfalls.Count == 0)
        {
            return;
        }

        output.WriteLine($"{result.Shortfalls.Count} papers short of {instance.ReviewsPerPaper} reviews:");
        foreach (var shortfall in result.Shortfalls.Take(MaxReasonsShown))
        {
            output.WriteLine($"  {shortfall.Paper}: {shortfall.Assigned} of {shortfall.Wanted}, {shortfall.Reason}");
        }

        if (result.Shortfalls.Count > MaxReasonsShown)
        {
            output.WriteLine($"  and {result.Shortfalls.Count - MaxReasonsShown} more");
        }
    }
}
