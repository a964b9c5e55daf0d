using System.Text.Json;
using DeepMath.AbstractFormat;

namespace DeepMath.Web.Modules.Submissions.Domain;

/// <summary>A format report as stored with a PDF version, independent of the checker's own types.</summary>
public sealed record StoredReport(IReadOnlyList<StoredFinding> Errors, IReadOnlyList<StoredFinding> Warnings, int Pages, double? BodyFontSize)
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    public bool Passed => Errors.Count == 0;

    public static StoredReport From(FormatReport report) => new(
        [.. report.Errors.Select(StoredFinding.From)], [.. report.Warnings.Select(StoredFinding.From)], report.Pages, report.BodyFontSize);

    public string ToJson() => JsonSerializer.Serialize(this, _json);

    public static StoredReport FromJson(string json)
    {
        var report = JsonSerializer.Deserialize<StoredReport>(json, _json) ?? new StoredReport([], [], 0, null);
        // A stored "{}" (or a report from before a list existed) has no lists: read them as empty, not as null.
        return report with { Errors = (IReadOnlyList<StoredFinding>?)report.Errors ?? [], Warnings = (IReadOnlyList<StoredFinding>?)report.Warnings ?? [] };
    }
}
