namespace DeepMath.AbstractFormat.Reading;

/// <summary>Text a reader does not draw but a PDF carries, and where it sits ("page 1 XMP metadata").</summary>
internal sealed record HiddenText(string Where, int? Page, string Text);
