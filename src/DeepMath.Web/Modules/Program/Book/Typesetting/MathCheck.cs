using System.Text;

namespace DeepMath.Web.Modules.Program.Book.Typesetting;

/// <summary>
/// Checks one piece of an author's math against <see cref="MathAllowList"/> before TeX sees it: every control
/// sequence allowed by name, braces balanced, environments allowed and closed in order, no ^^ (TeX's way of
/// writing any character, a backslash included). Refused math is never given to TeX.
/// </summary>
public static class MathCheck
{
    private const int MaxLength = 4000;
    private const int MaxDepth = 40;

    /// <summary>The math as TeX may read it, or the reason it is refused.</summary>
    public static (string? Tex, string? Refusal) Check(string math)
    {
        if (math.Length > MaxLength)
        {
            return (null, $"a formula longer than {MaxLength} characters");
        }
        var sb = new StringBuilder(math.Length + 8);
        var depth = 0;
        var environments = new Stack<string>();
        for (var i = 0; i < math.Length; i++)
        {
            var c = math[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 >= math.Length)
                    {
                        return (null, "a backslash at the end of a formula");
                    }
                    if (!char.IsAsciiLetter(math[i + 1]))
                    {
                        var symbol = math[i + 1];
                        if (!MathAllowList.Symbols.Contains(symbol, StringComparison.Ordinal))
                        {
                            return (null, $"\\{symbol} is not allowed in math");
                        }
                        sb.Append('\\').Append(symbol);
                        i++;
                        break;
                    }
                    var end = i + 1;
                    while (end < math.Length && char.IsAsciiLetter(math[end]))
                    {
                        end++;
                    }
                    var name = math[(i + 1)..end];
                    if (!MathAllowList.Commands.Contains(name))
                    {
                        return (null, $"\\{name} is not a math command this book allows");
                    }
                    if (name is "begin" or "end")
                    {
                        var (environment, next) = EnvironmentName(math, end);
                        if (environment is null)
                        {
                            return (null, $"\\{name} without an environment name in braces");
                        }
                        if (!MathAllowList.Environments.Contains(environment))
                        {
                            return (null, $"the environment {environment} is not allowed in math");
                        }
                        if (name == "begin")
                        {
                            environments.Push(environment);
                        }
                        else if (!environments.TryPop(out var open) || open != environment)
                        {
                            return (null, $"\\end{{{environment}}} does not close the environment that is open");
                        }
                        sb.Append('\\').Append(name).Append('{').Append(environment).Append('}');
                        i = next - 1;
                        break;
                    }
                    sb.Append('\\').Append(name);
                    i = end - 1;
                    break;
                case '{':
                    if (++depth > MaxDepth)
                    {
                        return (null, $"braces nested deeper than {MaxDepth}");
                    }
                    sb.Append(c);
                    break;
                case '}':
                    if (--depth < 0)
                    {
                        return (null, "a } that closes no {");
                    }
                    sb.Append(c);
                    break;
                case '^' when i + 1 < math.Length && math[i + 1] == '^':
                    return (null, "^^ (TeX's character-code notation) is not allowed");
                case '$':
                    return (null, "a $ inside a formula");
                case '%':
                    sb.Append("\\%"); // a percent sign, not TeX's comment that would swallow the rest of the line
                    break;
                case '#':
                    sb.Append("\\#");
                    break;
                case '\n' or '\r' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        if (depth != 0)
        {
            return (null, "a { that is never closed");
        }
        if (environments.Count > 0)
        {
            return (null, $"\\begin{{{environments.Peek()}}} is never ended");
        }
        return (sb.ToString(), null);
    }

    private static (string? Name, int Next) EnvironmentName(string math, int from)
    {
        var i = from;
        while (i < math.Length && math[i] == ' ')
        {
            i++;
        }
        if (i >= math.Length || math[i] != '{')
        {
            return (null, i);
        }
        var close = math.IndexOf('}', i + 1);
        if (close < 0)
        {
            return (null, i);
        }
        var name = math[(i + 1)..close].Trim();
        return name.Length > 0 && name.All(ch => char.IsAsciiLetter(ch) || ch == '*') ? (name, close + 1) : (null, i);
    }
}
