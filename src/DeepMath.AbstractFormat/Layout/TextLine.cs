namespace DeepMath.AbstractFormat.Layout;

/// <summary>
/// A line of text on a page, in reading order, with the box its glyphs cover.
/// Coordinates are PDF points from the page's lower-left corner.
/// </summary>
internal sealed record TextLine(string Text, double Left, double Bottom, double Right, double Top);
