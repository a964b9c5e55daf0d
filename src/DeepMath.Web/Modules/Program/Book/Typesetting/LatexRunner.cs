using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <param name="Pdf">Null when TeX wrote none (a fatal error, or the time limit).</param>
/// <param name="Errors">TeX's errors with the .tex line each was found on (0 when TeX gave none).</param>
public sealed record LatexOutcome(byte[]? Pdf, string Log, IReadOnlyList<(int Line, string Message)> Errors, bool TimedOut);

/// <summary>
/// Runs LuaLaTeX on one .tex in a sandbox: a fresh folder, deleted after; no shell escape; kpathsea's paranoid
/// file rules (openin_any=p, openout_any=p: nothing outside the folder is read as input or written, dot files
/// neither); a time limit after which the process and its children are killed.
/// </summary>
public sealed partial class LatexRunner(IOptions<BookOptions> options)
{
    public async Task<LatexOutcome> RunAsync(string tex, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var folder = Directory.CreateTempSubdirectory("deepmath-book-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "book.tex"), tex, cancellationToken);
            Directory.CreateDirectory(settings.FontCache);
            var start = new ProcessStartInfo(settings.LuaLatex)
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-no-shell-escape", "-interaction=batchmode", "-file-line-error", "book.tex" })
            {
                start.ArgumentList.Add(arg);
            }
            start.Environment["openin_any"] = "p";
            start.Environment["openout_any"] = "p";
            start.Environment["shell_escape"] = "f";
            start.Environment["TEXMFVAR"] = settings.FontCache;
            start.Environment["TEXMFHOME"] = folder; // no personal texmf tree of the account running the app
            start.Environment["HOME"] = folder;
            start.Environment.Remove("TEXINPUTS");
            start.Environment.Remove("TEXMFOUTPUT");

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {settings.LuaLatex}");
            process.StandardInput.Close();
            var drainOut = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var drainErr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(settings.TimeLimitSeconds));
            var timedOut = false;
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                timedOut = true;
            }
            await Task.WhenAll(drainOut, drainErr);
            var logPath = Path.Combine(folder, "book.log");
            var log = File.Exists(logPath) ? await File.ReadAllTextAsync(logPath, CancellationToken.None) : string.Empty;
            var pdfPath = Path.Combine(folder, "book.pdf");
            var pdf = !timedOut && File.Exists(pdfPath) ? await File.ReadAllBytesAsync(pdfPath, CancellationToken.None) : null;
            return new LatexOutcome(pdf, log, Errors(log), timedOut);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<(int Line, string Message)> Errors(string log)
    {
        var errors = new List<(int, string)>();
        foreach (var line in log.Split('\n'))
        {
            if (FileLineError().Match(line) is { Success: true } m)
            {
                errors.Add((int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value.Trim()));
            }
            else if (line.StartsWith("! ", StringComparison.Ordinal))
            {
                errors.Add((0, line[2..].Trim()));
            }
        }
        return errors;
    }

    [GeneratedRegex(@"^\.?/?book\.tex:(\d+): (.*)$")]
    private static partial Regex FileLineError();
}
