using DeepMath.Web.Infrastructure.Pdf;
using SkiaSharp;

namespace DeepMath.IntegrationTests.Organisations;

/// <summary>Generated PDFs for applications: a thesis of any length on A4 that names its author (as a thesis does), and short letters.</summary>
public static class ThesisPdf
{
    public static byte[] Create(int pages, string author, string email)
    {
        const float width = 595, height = 842;
        return PdfDocuments.Create("A thesis", document =>
        {
            using var font = PdfFonts.Regular(11);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            for (var page = 1; page <= pages; page++)
            {
                var canvas = document.BeginPage(width, height);
                var y = 90f;
                if (page == 1)
                {
                    canvas.DrawText($"On the implicit bias of deep networks — a thesis by {author} ({email})", 72, y, SKTextAlign.Left, font, paint);
                    y += 20;
                }
                for (var line = 0; y < height - 90; line++, y += 14)
                {
                    canvas.DrawText($"Page {page}, line {line}: gradient descent finds minimum-norm solutions.", 72, y, SKTextAlign.Left, font, paint);
                }
                document.EndPage();
            }
        });
    }

    public static byte[] Letter(string text) => PdfDocuments.Create("Letter", document =>
    {
        using var font = PdfFonts.Regular(11);
        using var paint = new SKPaint { Color = SKColors.Black };
        document.BeginPage(595, 842).DrawText(text, 72, 90, SKTextAlign.Left, font, paint);
        document.EndPage();
    });
}
