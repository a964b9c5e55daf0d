namespace DeepMath.AbstractFormat.Reading;

/// <summary>Cheap checks on the raw bytes that reject garbage and truncated files before any parsing.</summary>
internal static class PdfEnvelope
{
    private const int TrailerWindow = 2048;

    // Acrobat and poppler look for the header in the first kilobyte: mail gateways and some producers
    // write a few bytes (headers, a byte-order mark) before it, and the file is still a good PDF.
    private const int HeaderWindow = 1024;

    /// <summary>Where "%PDF-" starts, or -1 when it is not in the first kilobyte.</summary>
    public static int HeaderOffset(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, HeaderWindow)].IndexOf("%PDF-"u8);

    /// <summary>Returns why the bytes cannot be a complete PDF, or null when they look like one.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return "The file is empty. Upload the PDF of your abstract.";
        }

        if (HeaderOffset(bytes) < 0)
        {
            return "The file is not a PDF: its first kilobyte has no \"%PDF-\" header. Export or compile your abstract to PDF "
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
