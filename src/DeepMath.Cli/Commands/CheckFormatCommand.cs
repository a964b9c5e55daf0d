using DeepMath.AbstractFormat;
using DeepMath.Cli.Commands.CheckFormat;

namespace DeepMath.Cli.Commands;

/// <summary>
/// <c>deepmath check-format FILE.pdf|FOLDER [--author "Given Family &lt;email&gt;"]... [--affiliation TEXT]...
/// [--rules FILE.json] [--json]</c>: checks abstracts against a call's format rules.
/// Exit codes: 0 no errors, 1 errors, 2 the command was misused.
/// </summary>
internal static class CheckFormatCommand
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int Misused = 2;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var arguments = CheckFormatArguments.Parse(args, out var problem);
        if (arguments is null)
        {
            await errors.WriteLineAsync(problem).ConfigureAwait(false);
            await errors.WriteLineAsync(CheckFormatArguments.Usage).ConfigureAwait(false);
            return Misused;
        }

        return Directory.Exists(arguments.Path)
            ? await CheckFolderAsync(arguments, output).ConfigureAwait(false)
            : await CheckFileAsync(arguments, output).ConfigureAwait(false);
    }

    private static async Task<int> CheckFileAsync(CheckFormatArguments arguments, TextWriter output)
    {
        var report = await CheckAsync(arguments, arguments.Path).ConfigureAwait(false);
        if (arguments.Json)
        {
            await output.WriteLineAsync(ReportWriter.Serialize(ReportWriter.ToJson(report))).ConfigureAwait(false);
        }
        else
        {
            ReportWriter.WriteDetails(output, Path.GetFileName(arguments.Path), report);
        }

        return report.Passed ? Passed : Failed;
    }

    private static async Task<int> CheckFolderAsync(CheckFormatArguments arguments, TextWriter output)
    {
        var files = Directory.GetFiles(arguments.Path, "*.pdf").Order(StringComparer.Ordinal).ToList();
        var results = new List<(string File, FormatReport Report)>();
        foreach (var file in files)
        {
            var report = await CheckAsync(arguments, file).ConfigureAwait(false);
            results.Add((Path.GetFileName(file), report));
            if (!arguments.Json)
            {
                await output.WriteLineAsync(ReportWriter.Summary(Path.GetFileName(file), report)).ConfigureAwait(false);
            }
        }

        var failed = results.Count(r => !r.Report.Passed);
        if (arguments.Json)
        {
            var json = results.Select(r => new { file = r.File, report = ReportWriter.ToJson(r.Report) }).ToList();
            await output.WriteLineAsync(ReportWriter.Serialize(json)).ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync(
                $"{results.Count} PDF files: {results.Count - failed} passed, {failed} failed, "
                + $"{results.Sum(r => r.Report.Warnings.Count)} warnings.").ConfigureAwait(false);
        }

        return failed == 0 ? Passed : Failed;
    }

    private static async Task<FormatReport> CheckAsync(CheckFormatArguments arguments, string file)
    {
        await using var pdf = File.OpenRead(file);
        return await new FormatChecker()
            .CheckAsync(pdf, arguments.Rules, arguments.Authors, arguments.Affiliations)
            .ConfigureAwait(false);
    }
}
