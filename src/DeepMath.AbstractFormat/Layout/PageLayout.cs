namespace DeepMath.AbstractFormat.Layout;

/// <summary>What the rules need to know about one page.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Width">The visible page width in points.</param>
/// <param name="Height">The visible page height in points.</param>
/// <param name="Lines">The text lines in reading order.</param>
/// <param name="CharactersBySize">How many visible characters each font size (rounded to 0.01 pt) carries.</param>
internal sealed record PageLayout(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyDictionary<double, int> CharactersBySize);
