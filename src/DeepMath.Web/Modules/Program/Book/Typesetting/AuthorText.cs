using System.Text;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>
/// An author's title or abstract as LaTeX: the text escaped, the math in $…$, \(…\), $$…$$ and \[…\] checked by
/// <see cref="MathCheck"/> and kept. \$ in the text is a dollar sign. Anything refused makes the whole field
/// fall back to <see cref="Verbatim"/>, with the reason.
/// </summary>
public static class AuthorText
{
    public static (string? Tex, string? Refusal) ToTex(string source)
    {
        var sb = new StringBuilder(source.Length + 32);
        var text = new StringBuilder();
        var i = 0;
        while (i < source.Length)
        {
            var (open, close, display) = Opening(source, i);
            if (open == 0)
            {
                if (source[i] == '\\' && i + 1 < source.Length && source[i + 1] == '$')
                {
                    text.Append('$');
                    i += 2;
                }
                else
                {
                    text.Append(source[i]);
                    i++;
                }
                continue;
            }
            var start = i + open;
            var end = FindClose(source, start, close);
            if (end < 0)
            {
                return (null, $"the formula opened by {source.Substring(i, open)} is never closed with {close}");
            }
            var (math, refusal) = MathCheck.Check(source[start..end]);
            if (math is null)
            {
                return (null, $"{refusal} (in {Excerpt(source[start..end])})");
            }
            sb.Append(TexEscape.Text(text.ToString()));
            text.Clear();
            sb.Append(display ? "\\[" : "\\(").Append(math).Append(display ? "\\]" : "\\)");
            i = end + close.Length;
        }
        sb.Append(TexEscape.Text(text.ToString()));
        return (sb.ToString(), null);
    }

    /// <summary>The source exactly as the author typed it, every character printed, nothing read as TeX.</summary>
    public static string Verbatim(string source) => TexEscape.Text(source);

    private static (int Length, string Close, bool Display) Opening(string s, int i)
    {
        if (s[i] == '$')
        {
            return i + 1 < s.Length && s[i + 1] == '$' ? (2, "$$", true) : (1, "$", false);
        }
        if (s[i] == '\\' && i + 1 < s.Length)
        {
            return s[i + 1] switch
            {
                '(' => (2, "\\)", false),
                '[' => (2, "\\]", true),
                _ => (0, string.Empty, false),
            };
        }
        return (0, string.Empty, false);
    }

    /// <summary>Where <paramref name="close"/> is, skipping escaped characters (\$ and \\ inside the formula).</summary>
    private static int FindClose(string s, int from, string close)
    {
        for (var i = from; i < s.Length; i++)
        {
            if (string.CompareOrdinal(s, i, close, 0, close.Length) == 0)
            {
                return i;
            }
            if (s[i] == '\\')
            {
                i++;
            }
        }
        return -1;
    }

    private static string Excerpt(string math)
    {
        var flat = math.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 60 ? flat : flat[..57] + "...";
    }
}
