using System.Text.RegularExpressions;

namespace DeepMath.AbstractFormat.Text;

/// <summary>Recognizes section headings in a line of text, whatever their case or numbering.</summary>
internal static partial class Headings
{
    /// <summary>"References" or "Bibliography" alone on its line, optionally numbered.</summary>
    public static bool IsReferences(string line) => ReferencesPattern().IsMatch(TextFolding.Fold(line.Trim()));

    /// <summary>An "Acknowledgments" heading, alone or run in ("Acknowledgements. We thank ...").</summary>
    public static bool IsAcknowledgments(string line) => AcknowledgmentsPattern().IsMatch(TextFolding.Fold(line.Trim()));

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)*\.?\s*)?(references|bibliography)\s*[.:]?$")]
    private static partial Regex ReferencesPattern();

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)*\.?\s*)?acknowledge?ments?\s*([.:]|$)")]
    private static partial Regex AcknowledgmentsPattern();
}
