namespace DeepMath.AbstractFormat.Reading;

/// <summary>Cheap checks on the raw bytes that reject garbage and truncated files before any parsing.</summary>
internal static class PdfEnvelope
{
    private const int TrailerWindow = 2048;

    /// <summary>Returns why the bytes cannot be a complete PDF, or null when they look like one.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return "The file is empty. Upload the PDF of your abstract.";
        }

        if (!bytes.StartsWith("%PDF-"u8))
        {
            return "The file is not a PDF: it does not start with \"%PDF-\". Export or compile your abstract to PDF "
                + "(for example with pdflatex and the DeepMath template) and upload that file.";
        }

        var tail = bytes[Math.Max(0, bytes.Length - TrailerWindow)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            return "The PDF is incomplete: its end marker (%%EOF) is missing, so the file was probably cut off "
                + "while copying or uploading. Upload the file again.";
        }

        return null;
    }
}
