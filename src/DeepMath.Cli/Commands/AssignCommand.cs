using System.Diagnostics;
using System.Text.Json;
using DeepMath.Assignment;
using DeepMath.Cli.Commands.Assign;

namespace DeepMath.Cli.Commands;

/// <summary>`deepmath assign INSTANCE.json --out RESULT.json [--mode ...]`: the reviewer assignment of an instance file.</summary>
internal static class AssignCommand
{
    public const int Success = 0;
    public const int Misuse = 2;

    /// <summary>The instance is fine but a chosen constraint cannot be met; the message names where.</summary>
    public const int Infeasible = 3;

    /// <param name="args">The arguments after the verb; a leading "assign" is tolerated.</param>
    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var started = Stopwatch.StartNew();
        var arguments = args.Length > 0 && args[0] == "assign" ? args[1..] : args;
        if (arguments.Any(a => a is "-h" or "--help"))
        {
            output.WriteLine(AssignArguments.Usage);
            return Success;
        }

        if (!AssignArguments.TryParse(arguments, out var parsed, out var problem))
        {
            error.WriteLine($"deepmath assign: {problem}");
            error.WriteLine(AssignArguments.Usage);
            return Misuse;
        }

        var (instancePath, outPath, options) = parsed!;
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
            result = AssignmentSolver.Solve(instance, options with { Progress = message => error.WriteLine($"deepmath assign: {message}") });
        }
        catch (AssignmentInputException e)
        {
            error.WriteLine($"deepmath assign: {instancePath} is inconsistent: {e.Message}");
            return Misuse;
        }
        catch (AssignmentInfeasibleException e)
        {
            error.WriteLine($"deepmath assign: {e.Message}");
            return Infeasible;
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

        AssignReport.Write(output, instance, result, seconds, outPath);
        return Success;
    }
}
