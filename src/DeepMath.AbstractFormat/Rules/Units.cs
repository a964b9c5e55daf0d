using System.Globalization;

namespace DeepMath.AbstractFormat.Rules;

/// <summary>Formats lengths the way the messages show them: points, with inches or millimetres beside.</summary>
internal static class Units
{
    public static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " pt";

    public static string PointsAndInches(double value) =>
        $"{Points(value)} = {(value / 72).ToString("0.##", CultureInfo.InvariantCulture)} in";

    public static string Quote(string text) => text.Length <= 80 ? $"\"{text}\"" : $"\"{text[..77]}...\"";
}
