using System.Text;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>Turns plain text into LaTeX that prints it as written: every special character is escaped, so no text is ever read as a command.</summary>
public static class TexEscape
{
    /// <summary>Text for a running paragraph; a blank line starts a new paragraph, other line breaks are spaces.</summary>
    public static string Text(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var paragraphs = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.None);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (i > 0)
            {
                sb.Append("\\par\n");
            }
            Append(sb, paragraphs[i]);
        }
        return sb.ToString();
    }

    /// <summary>One line: names, affiliations, room names. Line breaks become spaces.</summary>
    public static string Line(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    /// <summary>
    /// Letters Latin Modern lacks (Greek, Cyrillic, Chinese, Japanese, Korean …): printed in Noto CJK, which has them
    /// all. Switching font for these runs only is much cheaper than a fallback on every font: LuaTeX loads a font
    /// of 60,000 glyphs once per size it is used at, and a book uses a dozen sizes and shapes.
    /// </summary>
    public static bool NeedsOtherFont(char c) => c >= '\u0370' && c is not (>= '\u2000' and <= '\u20CF');

    /// <summary>The command that switches to that font, defined in the book's preamble.</summary>
    public const string OtherFont = "\\dmx";

    private static void Append(StringBuilder sb, string text)
    {
        var other = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (NeedsOtherFont(c) != other && !char.IsControl(c))
            {
                sb.Append(other ? "}" : "{" + OtherFont + " ");
                other = !other;
            }
            switch (c)
            {
                case '\\': sb.Append("\\textbackslash{}"); break;
                case '{': sb.Append("\\{"); break;
                case '}': sb.Append("\\}"); break;
                case '$': sb.Append("\\$"); break;
                case '&': sb.Append("\\&"); break;
                case '#': sb.Append("\\#"); break;
                case '%': sb.Append("\\%"); break;
                case '_': sb.Append("\\_"); break;
                case '^': sb.Append("\\textasciicircum{}"); break;
                case '~': sb.Append("\\textasciitilde{}"); break;
                case '<': sb.Append("\\textless{}"); break;
                case '>': sb.Append("\\textgreater{}"); break;
                case '|': sb.Append("\\textbar{}"); break;
                case '\n' or '\r' or '\t': sb.Append(' '); break;
                default:
                    // Control characters would reach TeX as odd category codes; they carry nothing printable.
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        if (other)
        {
            sb.Append('}');
        }
    }
}
