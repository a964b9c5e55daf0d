using SkiaSharp;

namespace DeepMath.Web.Infrastructure.Pdf;

/// <summary>Writes a generated PDF (SkiaSharp) to bytes, with the same document information on every one DeepMath makes.</summary>
public static class PdfDocuments
{
    public static byte[] Create(string title, Action<SKDocument> write)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = title, Creator = "DeepMath", Producer = "DeepMath" }))
        {
            write(document);
            document.Close();
        }
        return stream.ToArray();
    }
}
