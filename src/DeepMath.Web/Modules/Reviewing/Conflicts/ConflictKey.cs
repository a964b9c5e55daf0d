using DeepMath.Web.Modules.Reviewing.Domain;

namespace DeepMath.Web.Modules.Reviewing.Conflicts;

/// <summary>How one conflict reason is named in a checkbox value: reviewer, submission and kind.</summary>
public static class ConflictKey
{
    public static string Format(Conflict c) => $"{c.ReviewerId:N}.{c.SubmissionId:N}.{c.Kind}";

    public static (Guid ReviewerId, Guid SubmissionId, ConflictKind Kind)? Parse(string value)
    {
        var parts = value.Split('.');
        return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var reviewer) && Guid.TryParseExact(parts[1], "N", out var submission)
            && Enum.TryParse<ConflictKind>(parts[2], out var kind) && Enum.IsDefined(kind)
            ? (reviewer, submission, kind)
            : null;
    }
}
