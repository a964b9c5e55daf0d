using System.Globalization;
using System.Text;

namespace DeepMath.Web.Modules.Decisions.Exports;

/// <summary>RFC 4180 CSV; cells that a spreadsheet would run as a formula get a leading apostrophe.</summary>
public sealed class Csv
{
    private readonly StringBuilder _text = new();

    public Csv Row(IEnumerable<object?> cells)
    {
        _text.Append(Line(cells));
        return this;
    }

    /// <summary>One row with its line break, for writing straight to a response.</summary>
    public static string Line(IEnumerable<object?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            double d => d.ToString("0.####", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        if (text.Length > 0 && value is string && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
