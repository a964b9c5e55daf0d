namespace DeepMath.AbstractFormat;

/// <summary>The result of checking one PDF.</summary>
/// <param name="Errors">Findings that block the submission.</param>
/// <param name="Warnings">Findings the author should look at; they never block.</param>
/// <param name="Pages">The number of pages in the PDF, or 0 when it could not be read.</param>
/// <param name="BodyFontSize">The font size (PDF points) carrying the most characters on page 1, or null.</param>
public sealed record FormatReport(
    IReadOnlyList<Finding> Errors,
    IReadOnlyList<Finding> Warnings,
    int Pages,
    double? BodyFontSize)
{
    /// <summary>True when the PDF has no errors; warnings do not count.</summary>
    public bool Passed => Errors.Count == 0;

    internal static FormatReport FromFindings(IEnumerable<Finding> findings, int pages, double? bodyFontSize)
    {
        var all = findings.ToList();
        return new FormatReport(
            all.Where(f => f.Severity == FindingSeverity.Error).ToList(),
            all.Where(f => f.Severity == FindingSeverity.Warning).ToList(),
            pages,
            bodyFontSize);
    }
}
