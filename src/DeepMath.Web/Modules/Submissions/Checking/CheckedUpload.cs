using DeepMath.AbstractFormat;

namespace DeepMath.Web.Modules.Submissions.Checking;

/// <summary>An uploaded PDF after the check: its report, and its bytes and hash unless it was refused outright.</summary>
public sealed record CheckedUpload(FormatReport Report, byte[]? Content, string? Sha256)
{
    /// <summary>Files that are not a readable PDF, or too large, are not kept at all.</summary>
    public bool Refused => Content is null;
}
