namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>A name split for the author index: family name first, as indexes sort.</summary>
public sealed record AuthorName(string Family, string Given)
{
    private static readonly HashSet<string> _particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la", "le", "dos", "das", "ter", "ten", "zu", "bin", "ibn",
    };

    /// <summary>
    /// "Family, Given" when written so; a name in Chinese, Japanese or Korean characters without spaces is family name
    /// first (its first character); otherwise the last word with any particles before it ("van der Waals").
    /// </summary>
    public static AuthorName Parse(string name)
    {
        var trimmed = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return new AuthorName(trimmed[..comma].Trim(), trimmed[(comma + 1)..].Trim());
        }
        if (!trimmed.Contains(' ', StringComparison.Ordinal) && trimmed.Length > 1 && trimmed.Any(IsHan))
        {
            return new AuthorName(trimmed[..1], trimmed[1..]);
        }
        var words = trimmed.Split(' ');
        if (words.Length == 1)
        {
            return new AuthorName(trimmed, string.Empty);
        }
        var familyStart = words.Length - 1;
        while (familyStart > 1 && _particles.Contains(words[familyStart - 1]))
        {
            familyStart--;
        }
        return new AuthorName(string.Join(' ', words[familyStart..]), string.Join(' ', words[..familyStart]));
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uAC00' and <= '\uD7AF';
}
