using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>
/// Moves the last pages of a PDF to the front with qpdf (Debian's qpdf, installed with TeX by the scripts): about a
/// tenth of a second for a 500-page book, where rewriting it with PdfPig took two seconds.
/// </summary>
public sealed class PdfPageOrder(IOptions<BookOptions> options)
{
    /// <param name="before">How many pages stay behind the ones moved to the front.</param>
    public async Task<byte[]> MoveToFrontAsync(byte[] pdf, int before, int total, CancellationToken cancellationToken)
    {
        if (before <= 0 || before >= total)
        {
            return pdf;
        }
        var folder = Directory.CreateTempSubdirectory("deepmath-pages-").FullName;
        try
        {
            var input = Path.Combine(folder, "in.pdf");
            var output = Path.Combine(folder, "out.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken);
            var start = new ProcessStartInfo(options.Value.Qpdf) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { input, "--pages", input, string.Create(CultureInfo.InvariantCulture, $"{before + 1}-z,1-{before}"), "--", output })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {options.Value.Qpdf}");
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeLimitSeconds));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            // qpdf exits 3 on warnings with a usable output.
            if (process.ExitCode is not (0 or 3) || !File.Exists(output))
            {
                throw new InvalidOperationException($"qpdf could not reorder the book's pages: {await error}");
            }
            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
