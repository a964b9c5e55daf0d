using System.Text;
using DeepMath.Web.Modules.Registration.Documents;
using SkiaSharp;

namespace DeepMath.BrowserTests.Journeys;

/// <summary>
/// A video file for Chromium's fake camera (<c>--use-file-for-fake-video-capture</c>): a ticket's QR code, drawn by the
/// same painter as the ticket PDF, on white, as uncompressed Y4M (YUV 4:2:0), which Chromium plays in a loop.
/// </summary>
public static class FakeCamera
{
    private const int Width = 640;
    private const int Height = 480;
    private const int QrSize = 360;

    /// <summary>Writes the file to the temp folder and returns its path; the caller deletes it.</summary>
    public static string Showing(string qrText)
    {
        using var bitmap = new SKBitmap(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            QrPainter.Draw(canvas, qrText, (Width - QrSize) / 2f, (Height - QrSize) / 2f, QrSize);
        }
        var luma = new byte[Width * Height];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                luma[(y * Width) + x] = (byte)Math.Clamp((int)Math.Round((0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue)), 0, 255);
            }
        }
        // Black on white has no colour: both chroma planes (a quarter of the pixels each) are neutral.
        var chroma = new byte[Width * Height / 4];
        Array.Fill(chroma, (byte)128);

        var path = Path.Combine(Path.GetTempPath(), $"deepmath-ticket-camera-{Guid.NewGuid():N}.y4m");
        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{Width} H{Height} F10:1 Ip A1:1 C420jpeg\n"));
        for (var frame = 0; frame < 10; frame++)
        {
            file.Write(Encoding.ASCII.GetBytes("FRAME\n"));
            file.Write(luma);
            file.Write(chroma);
            file.Write(chroma);
        }
        return path;
    }
}
