using SkiaSharp;

namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>
/// DejaVu Sans, embedded in the assembly: servers (and containers) without system fonts still print
/// every name on a badge, accents and non-Latin scripts included.
/// </summary>
public static class PdfFonts
{
    private static readonly Lazy<SKTypeface> _sans = new(() =>
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("DeepMath.Fonts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The embedded font DejaVuSans.ttf is missing from the build.");
        return SKTypeface.FromStream(stream);
    });

    public static SKFont Regular(float size) => new(_sans.Value, size);

    public static SKFont Bold(float size) => new(_sans.Value, size) { Embolden = true };
}
