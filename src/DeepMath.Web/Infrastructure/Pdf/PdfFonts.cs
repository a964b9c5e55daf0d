using SkiaSharp;

namespace DeepMath.Web.Infrastructure.Pdf;

/// <summary>
/// DejaVu Sans (regular and bold), embedded in the assembly: servers and containers without system fonts
/// still print every name on tickets, badges and letters, accents and non-Latin scripts included.
/// </summary>
public static class PdfFonts
{
    private static readonly Lazy<SKTypeface> _regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> _bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface RegularFace => _regular.Value;

    public static SKTypeface BoldFace => _bold.Value;

    public static SKFont Regular(float size) => new(_regular.Value, size);

    public static SKFont Bold(float size) => new(_bold.Value, size);

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("DeepMath.Fonts." + file)
            ?? throw new InvalidOperationException($"The embedded font {file} is missing from the build.");
        // Skia may read a typeface lazily: hand it its own copy of the bytes, not a stream that is disposed here.
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {file} could not be read.");
    }
}
