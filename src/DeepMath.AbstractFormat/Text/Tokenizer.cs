using System.Text;

namespace DeepMath.AbstractFormat.Text;

/// <summary>
/// Splits text into folded words. Hyphens join (so "Lind-" at a line end and "qvist" on the next
/// line make "lindqvist", and "Müller-Łukasiewicz" is one word); anything else that is not a letter or
/// digit separates, including apostrophes, so "Okafor's" still yields "okafor".
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        text = BlankEmailAddresses(text);
        var tokens = new List<Token>();
        var word = new StringBuilder();
        var start = -1;
        var end = -1;

        var afterJoiner = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((TextFolding.IsJoiner(c) && word.Length > 0) || (afterJoiner && c is '\n' or '\r'))
            {
                afterJoiner = true;
                continue;
            }

            afterJoiner = false;

            var folded = TextFolding.Fold(c);
            if (folded.Length == 0 && !char.IsWhiteSpace(c) && word.Length > 0 && !char.IsPunctuation(c))
            {
                continue;
            }

            if (folded.Length > 0 && folded.All(char.IsLetterOrDigit))
            {
                if (word.Length == 0)
                {
                    start = i;
                }

                word.Append(folded);
                end = i + 1;
                continue;
            }

            Emit(tokens, word, start, end);
        }

        Emit(tokens, word, start, end);
        return tokens;
    }

    // "s.okafor@cs.example.com" would otherwise read as the name "S. Okafor"; e-mails have their own check.
    private static string BlankEmailAddresses(string text)
    {
        if (!text.Contains('@'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && !char.IsWhiteSpace(chars[i]))
            {
                continue;
            }

            if (Array.IndexOf(chars, '@', start, i - start) >= 0)
            {
                Array.Fill(chars, ' ', start, i - start);
            }

            start = i + 1;
        }

        return new string(chars);
    }

    private static void Emit(List<Token> tokens, StringBuilder word, int start, int end)
    {
        if (word.Length > 0)
        {
            tokens.Add(new Token(word.ToString(), start, end));
            word.Clear();
        }
    }
}
