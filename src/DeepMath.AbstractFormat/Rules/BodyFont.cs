using DeepMath.AbstractFormat.Layout;

namespace DeepMath.AbstractFormat.Rules;

/// <summary>The body font is the size that carries the most characters on the first page.</summary>
internal static class BodyFont
{
    public static double? Measure(IReadOnlyList<PageLayout> pages)
    {
        if (pages.Count == 0 || pages[0].CharactersBySize.Count == 0)
        {
            return null;
        }

        return pages[0].CharactersBySize.MaxBy(pair => pair.Value).Key;
    }
}
