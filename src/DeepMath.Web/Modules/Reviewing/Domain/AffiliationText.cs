using System.Globalization;
using System.Text;

namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// Affiliations compared as people type them: case, diacritics and punctuation do not count (dots and
/// apostrophes join, other marks separate words), nor does spacing. Word order does: "University of Oslo" and "Oslo University" stay different.
/// </summary>
public static class AffiliationText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is '.' or '\'' or '\u2019')
            {
                continue; // "E.T.H." is "ETH", "King's" is "Kings"
            }
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The normalized institutions in one author's affiliation field, where several are separated by semicolons.</summary>
    public static IReadOnlyList<string> Split(string? field) =>
        [.. (field ?? string.Empty).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(a => a.Length > 0).Distinct()];
}
