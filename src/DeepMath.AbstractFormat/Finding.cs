namespace DeepMath.AbstractFormat;

/// <summary>One thing the checker noticed about a PDF.</summary>
/// <param name="Code">A stable code from <see cref="FindingCodes"/>, safe to store and compare.</param>
/// <param name="Severity">Whether the finding blocks the submission.</param>
/// <param name="Message">What was measured, where, and what the author should do, in plain words.</param>
/// <param name="Page">The 1-based page the finding is about, or null when it concerns the whole file.</param>
/// <param name="Text">The offending text as it appears in the PDF, or null.</param>
public sealed record Finding(string Code, FindingSeverity Severity, string Message, int? Page = null, string? Text = null)
{
    public static Finding Error(string code, string message, int? page = null, string? text = null) =>
        new(code, FindingSeverity.Error, message, page, text);

    public static Finding Warning(string code, string message, int? page = null, string? text = null) =>
        new(code, FindingSeverity.Warning, message, page, text);
}
