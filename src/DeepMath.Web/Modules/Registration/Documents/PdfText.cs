using DeepMath.Web.Infrastructure.Pdf;
using SkiaSharp;

namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>Text helpers for generated PDFs: lines that shrink to fit, and paragraphs that wrap.</summary>
public static class PdfText
{
    private static readonly SKPaint _ink = new() { Color = SKColors.Black, IsAntialias = true };

    /// <summary>Draws one line, shrinking the font until it fits <paramref name="maxWidth"/>.</summary>
    public static void FitLine(SKCanvas canvas, string text, float x, float y, float maxWidth, float size, bool bold = false, SKTextAlign align = SKTextAlign.Left)
    {
        var current = size;
        while (true)
        {
            using var font = bold ? PdfFonts.Bold(current) : PdfFonts.Regular(current);
            if (font.MeasureText(text) <= maxWidth || current <= 6)
            {
                canvas.DrawText(text, x, y, align, font, _ink);
                return;
            }
            current -= 0.5f;
        }
    }

    /// <summary>Draws a paragraph wrapped at word boundaries; returns the baseline below its last line.</summary>
    public static float Paragraph(SKCanvas canvas, string text, float x, float y, float maxWidth, float size, bool bold = false)
    {
        using var font = bold ? PdfFonts.Bold(size) : PdfFonts.Regular(size);
        var lineHeight = size * 1.4f;
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                canvas.DrawText(line, x, y, SKTextAlign.Left, font, _ink);
                y += lineHeight;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0)
        {
            canvas.DrawText(line, x, y, SKTextAlign.Left, font, _ink);
            y += lineHeight;
        }
        return y;
    }
}
