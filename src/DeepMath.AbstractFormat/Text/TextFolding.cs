using System.Globalization;
using System.Text;

namespace DeepMath.AbstractFormat.Text;

/// <summary>
/// Folds text so that the ways a name can be typeset compare equal: compatibility-normalized
/// (ligatures expanded), diacritics removed, letters without a decomposition mapped by hand,
/// and lower-cased.
/// </summary>
internal static class TextFolding
{
    private static readonly Dictionary<char, string> _letters = new()
    {
        ['ł'] = "l", ['Ł'] = "l", ['ø'] = "o", ['Ø'] = "o", ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d",
        ['ß'] = "ss", ['ẞ'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['ı'] = "i",
        ['þ'] = "th", ['Þ'] = "th", ['ħ'] = "h", ['Ħ'] = "h", ['ŧ'] = "t", ['Ŧ'] = "t",
    };

    /// <summary>Folds one character; returns an empty string for marks that carry no letter.</summary>
    public static string Fold(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterUpper(c) ? ((char)(c | 0x20)).ToString() : c.ToString();
        }

        if (_letters.TryGetValue(c, out var mapped))
        {
            return mapped;
        }

        // pdflatex with OT1 fonts draws accents as separate spacing glyphs (¨ ´ ˇ); they carry no letter.
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.ModifierSymbol || char.IsSurrogate(c))
        {
            return string.Empty;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            result.Append(_letters.TryGetValue(d, out var m) ? m : char.ToLowerInvariant(d).ToString());
        }

        return result.ToString();
    }

    /// <summary>Folds a whole string.</summary>
    public static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(Fold(c));
        }

        return result.ToString();
    }

    /// <summary>Characters that join the two halves of a word: hyphens, including TeX's line-end hyphen.</summary>
    public static bool IsJoiner(char c) => c is '-' or '\u00AD' or '\u2010' or '\u2011';
}
