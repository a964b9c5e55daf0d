namespace DeepMath.Web.Infrastructure.Database;

/// <summary>Search boxes' text as a LIKE/ILIKE pattern: what the user typed, matched literally anywhere.</summary>
public static class LikePattern
{
    /// <summary>
    /// "%text%" with the text's own \, % and _ escaped (PostgreSQL's default LIKE escape is the backslash),
    /// so that "100%" or "a_b" find themselves rather than acting as wildcards.
    /// </summary>
    public static string Containing(string text) =>
        "%" + text.Trim()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
