namespace DeepMath.AbstractFormat.Text;

/// <summary>A folded word and where it came from in the page's text.</summary>
internal readonly record struct Token(string Value, int Start, int End);
