using System.Text;

namespace DeepMath.Assignment.Text;

/// <summary>
/// Turns a title, an abstract or a publication list into terms: lower case, letters and digits only, English
/// stop words and LaTeX command names out, and a light suffix stemmer so that "networks", "network" and
/// "networked" meet. Deliberately small: it has to be predictable enough to compute a score by hand.
/// </summary>
public static class TextTokenizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "et", "al", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "more", "most", "must", "my",
        "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "us", "very", "via", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your", "yours",
        "paper", "show", "shows", "shown", "use", "using", "used", "new", "result", "results", "study", "approach", "propose", "proposed",
    };

    /// <summary>The terms of <paramref name="text"/> in order, repeats kept (term frequency counts them).</summary>
    public static List<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        var word = new StringBuilder();
        var command = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                // \emph, \mathbb, \cite: markup, not content.
                if (!command)
                {
                    Add(terms, word.ToString());
                }

                word.Clear();
            }

            command = c == '\\';
        }

        return terms;
    }

    /// <summary>Strips common English inflections: plurals, -ing, -ed, -ly, -ies; leaves short words alone.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "ly"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 4)
            {
                word = word[..^suffix.Length];
                // "trained" → "train", "scaling" → "scal" and "scale" → "scal" below, so both forms meet.
                break;
            }
        }

        return word.Length > 4 && word.EndsWith('e') ? word[..^1] : word;
    }

    private static void Add(List<string> terms, string word)
    {
        if (word.Length < 2 || StopWords.Contains(word) || word.All(char.IsDigit))
        {
            return;
        }

        terms.Add(Stem(word));
    }
}
