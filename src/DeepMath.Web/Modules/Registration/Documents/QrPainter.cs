using QRCoder;
using SkiaSharp;

namespace DeepMath.Web.Modules.Registration.Documents;

/// <summary>Draws a QR code as vector squares, so it stays sharp at any print size.</summary>
public static class QrPainter
{
    public static void Draw(SKCanvas canvas, string text, float x, float y, float size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var cell = size / matrix.Count;
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
        using var builder = new SKPathBuilder();
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var col = 0; col < matrix[row].Count; col++)
            {
                if (matrix[row][col])
                {
                    builder.AddRect(SKRect.Create(x + (col * cell), y + (row * cell), cell, cell));
                }
            }
        }
        using var path = builder.Detach();
        canvas.DrawPath(path, paint);
    }
}
