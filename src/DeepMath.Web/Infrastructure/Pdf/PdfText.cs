using SkiaSharp;

namespace DeepMath.Web.Infrastructure.Pdf;

/// <summary>Text for generated PDFs (tickets, badges, letters): lines that shrink to fit, and paragraphs that wrap.</summary>
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

    /// <summary>A paragraph in DejaVu Sans at <paramref name="size"/>, lines 1.4 times the size apart.</summary>
    public static float Paragraph(SKCanvas canvas, string text, float x, float y, float maxWidth, float size, bool bold = false)
    {
        using var font = bold ? PdfFonts.Bold(size) : PdfFonts.Regular(size);
        return Wrap(canvas, text, font, x, y, maxWidth, size * 1.4f);
    }

    /// <summary>
    /// Draws <paramref name="text"/> wrapped at word boundaries, each line break of the text kept; stops with an
    /// ellipsis where the next line would pass <paramref name="bottom"/>. Returns the baseline below the last line.
    /// </summary>
    public static float Wrap(SKCanvas canvas, string text, SKFont font, float x, float y, float maxWidth, float leading, float bottom = float.MaxValue)
    {
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
                {
                    if (y + leading > bottom)
                    {
                        canvas.DrawText(line + " …", x, y, SKTextAlign.Left, font, _ink);
                        return y + leading;
                    }
                    canvas.DrawText(line, x, y, SKTextAlign.Left, font, _ink);
                    y += leading;
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
                y += leading;
            }
        }
        return y;
    }
}
