using System.Text;
using DeepMath.AbstractFormat.Layout;

namespace DeepMath.AbstractFormat.Text;

/// <summary>
/// A page's text as one string, with a line that ends in a hyphen glued to the next one,
/// and its folded words.
/// </summary>
internal sealed class PageText
{
    private PageText(int page, string raw, List<Token> tokens, string compact)
    {
        Page = page;
        Raw = raw;
        Tokens = tokens;
        Compact = compact;
    }

    public int Page { get; }

    public string Raw { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The folded text without any white space, for finding e-mail addresses.</summary>
    public string Compact { get; }

    public static PageText From(PageLayout layout)
    {
        var raw = new StringBuilder();
        foreach (var line in layout.Lines)
        {
            var glued = raw.Length > 1 && TextFolding.IsJoiner(raw[^1]) && char.IsLetter(raw[^2]);
            if (raw.Length > 0 && !glued)
            {
                raw.Append('\n');
            }

            raw.Append(line.Text);
        }

        var text = raw.ToString();
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(TextFolding.Fold(c));
            }
        }

        return new PageText(layout.Number, text, Tokenizer.Tokenize(text), compact.ToString());
    }

    /// <summary>Text that is not laid out on a page (metadata, names, comments), searched the same way.</summary>
    public static PageText FromString(int page, string text)
    {
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(TextFolding.Fold(c));
            }
        }

        return new PageText(page, text, Tokenizer.Tokenize(text), compact.ToString());
    }

    /// <summary>Finds the words in order; returns the original text they came from, or null.</summary>
    public string? Find(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        for (var i = 0; i + words.Count <= Tokens.Count; i++)
        {
            var match = true;
            for (var j = 0; j < words.Count && match; j++)
            {
                match = Tokens[i + j].Value == words[j];
            }

            if (match)
            {
                var first = Tokens[i];
                var last = Tokens[i + words.Count - 1];
                return Raw[first.Start..last.End].ReplaceLineEndings(" ");
            }
        }

        return null;
    }
}
