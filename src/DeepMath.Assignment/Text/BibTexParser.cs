using System.Text;

namespace DeepMath.Assignment.Text;

/// <summary>
/// Reads the entries of a BibTeX file: <c>@type{key, name = {value} | "value" | 2024 | macro # "more", ...}</c>, with
/// braces or parentheses around the entry, nested braces in values, and @comment, @preamble and @string skipped.
/// Text outside entries is a comment in BibTeX, so it is ignored. What cannot be read raises a
/// <see cref="BibTexException"/> naming the line, rather than a guess that drops a publication silently.
/// </summary>
public sealed class BibTexParser
{
    private readonly string _text;
    private int _at;

    private BibTexParser(string text) => _text = text;

    public static IReadOnlyList<BibTexEntry> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new BibTexParser(text);
        var entries = new List<BibTexEntry>();
        while (parser.SkipTo('@'))
        {
            if (parser.ReadEntry() is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>Whether the text has at least one line starting an entry, so that it should be read as BibTeX.</summary>
    public static bool LooksLikeBibTex(string text) =>
        text.Split('\n').Any(line => line.TrimStart() is ['@', .. var rest] && rest.TakeWhile(char.IsLetter).Count() is > 0 and var n
            && rest.Skip(n).SkipWhile(char.IsWhiteSpace).FirstOrDefault() is '{' or '(');

    /// <summary>The value without LaTeX grouping braces and with runs of white space as one space.</summary>
    public static string Clean(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '{' or '}')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                continue;
            }

            text.Append(c);
        }

        return text.ToString().Trim();
    }

    private int Line(int at) => 1 + _text.AsSpan(0, Math.Min(at, _text.Length)).Count('\n');

    private bool SkipTo(char c)
    {
        var next = _text.IndexOf(c, _at);
        _at = next < 0 ? _text.Length : next;
        return next >= 0;
    }

    private BibTexEntry? ReadEntry()
    {
        var start = _at;
        _at++; // '@'
        var type = ReadName().ToLowerInvariant();
        SkipSpace();
        if (type.Length == 0 || _at >= _text.Length || _text[_at] is not ('{' or '('))
        {
            // An '@' in free text (an e-mail address, say) is not an entry.
            return null;
        }

        var close = _text[_at] == '{' ? '}' : ')';
        _at++;
        if (type is "comment" or "preamble" or "string")
        {
            SkipBalanced(start, close);
            return null;
        }

        SkipSpace();
        var keyStart = _at;
        while (_at < _text.Length && _text[_at] is not (',' or '}' or ')') && !char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }

        var key = _text[keyStart.._at];
        SkipSpace();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            if (_at >= _text.Length)
            {
                throw new BibTexException($"Line {Line(start)}: the entry \"{key}\" is not closed; every @{type}{{ needs its closing {close}.");
            }

            if (_text[_at] == close)
            {
                _at++;
                return new BibTexEntry(type, key, fields, Line(start));
            }

            if (_text[_at] == ',')
            {
                _at++;
                SkipSpace();
                continue;
            }

            var nameAt = _at;
            var name = ReadName().ToLowerInvariant();
            SkipSpace();
            if (name.Length == 0 || _at >= _text.Length || _text[_at] != '=')
            {
                throw new BibTexException(
                    $"Line {Line(nameAt)}: in the entry \"{key}\", expected a field like title = {{...}} but found \"{Snippet(nameAt)}\".");
            }

            _at++;
            fields[name] = ReadValue(key, name);
            SkipSpace();
        }
    }

    private string ReadValue(string key, string name)
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipSpace();
            if (_at >= _text.Length)
            {
                throw new BibTexException($"Line {Line(_at)}: the field {name} of \"{key}\" has no value.");
            }

            var c = _text[_at];
            if (c == '{')
            {
                var open = _at;
                value.Append(ReadBraced(key, name, open));
            }
            else if (c == '"')
            {
                var open = _at++;
                var depth = 0;
                var begin = _at;
                while (_at < _text.Length && (_text[_at] != '"' || depth > 0))
                {
                    depth += _text[_at] == '{' ? 1 : _text[_at] == '}' ? -1 : 0;
                    _at++;
                }

                if (_at >= _text.Length)
                {
                    throw new BibTexException($"Line {Line(open)}: the field {name} of \"{key}\" opens a quote that is never closed.");
                }

                value.Append(_text, begin, _at - begin);
                _at++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                // A number or a @string macro (jan, jmlr): kept as its name.
                value.Append(ReadName());
            }
            else
            {
                throw new BibTexException(
                    $"Line {Line(_at)}: the field {name} of \"{key}\" should be in braces or quotes, like {name} = {{...}}; found \"{Snippet(_at)}\".");
            }

            SkipSpace();
            if (_at < _text.Length && _text[_at] == '#')
            {
                _at++;
                continue;
            }

            return value.ToString();
        }
    }

    private string ReadBraced(string key, string name, int open)
    {
        var depth = 0;
        var begin = _at + 1;
        for (; _at < _text.Length; _at++)
        {
            depth += _text[_at] == '{' ? 1 : _text[_at] == '}' ? -1 : 0;
            if (depth == 0)
            {
                _at++;
                return _text[begin..(_at - 1)];
            }
        }

        throw new BibTexException($"Line {Line(open)}: the field {name} of \"{key}\" opens a brace that is never closed.");
    }

    private void SkipBalanced(int start, char close)
    {
        var depth = 1;
        for (; _at < _text.Length; _at++)
        {
            var open = close == '}' ? '{' : '(';
            depth += _text[_at] == open ? 1 : _text[_at] == close ? -1 : 0;
            if (depth == 0)
            {
                _at++;
                return;
            }
        }

        throw new BibTexException($"Line {Line(start)}: an @-block is not closed.");
    }

    private string ReadName()
    {
        var begin = _at;
        while (_at < _text.Length && (char.IsLetterOrDigit(_text[_at]) || _text[_at] is '_' or '-' or ':' or '.'))
        {
            _at++;
        }

        return _text[begin.._at];
    }

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private string Snippet(int at)
    {
        var end = _text.IndexOf('\n', at);
        var line = _text[at..(end < 0 ? _text.Length : end)].Trim();
        return line.Length > 30 ? line[..30] + "…" : line;
    }
}
