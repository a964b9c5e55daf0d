using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeepMath.AbstractFormat;

namespace DeepMath.Cli.Commands.CheckFormat;

/// <summary>Prints reports for people (text) or for scripts (JSON).</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions _json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static object ToJson(FormatReport report) => new
    {
        errors = report.Errors.Select(ToJson).ToList(),
        warnings = report.Warnings.Select(ToJson).ToList(),
        pages = report.Pages,
        bodyFontSize = report.BodyFontSize,
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, _json);

    /// <summary>The full report of one file.</summary>
    public static void WriteDetails(TextWriter output, string file, FormatReport report)
    {
        output.WriteLine(Summary(file, report));
        foreach (var finding in report.Errors.Concat(report.Warnings))
        {
            var kind = finding.Severity == FindingSeverity.Error ? "error" : "warning";
            var page = finding.Page is { } p ? $" (page {p})" : string.Empty;
            output.WriteLine($"  {kind} {finding.Code}{page}: {finding.Message}");
        }
    }

    /// <summary>One line: the verdict, the measurements and the codes found.</summary>
    public static string Summary(string file, FormatReport report)
    {
        var verdict = report.Passed ? "PASS" : "FAIL";
        var size = report.BodyFontSize is { } s ? $", body {s.ToString("0.##", CultureInfo.InvariantCulture)} pt" : string.Empty;
        var codes = report.Errors.Concat(report.Warnings).Select(f => f.Code).Distinct().ToList();
        var found = codes.Count > 0 ? ": " + string.Join(", ", codes) : string.Empty;
        return $"{file}: {verdict} ({report.Pages} page{(report.Pages == 1 ? "" : "s")}{size}; "
            + $"{report.Errors.Count} error{(report.Errors.Count == 1 ? "" : "s")}, "
            + $"{report.Warnings.Count} warning{(report.Warnings.Count == 1 ? "" : "s")}){found}";
    }

    private static object ToJson(Finding finding) => new
    {
        code = finding.Code,
        message = finding.Message,
        page = finding.Page,
    };
}
