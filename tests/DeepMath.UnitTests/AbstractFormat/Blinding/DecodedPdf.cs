using System.Text;
using DeepMath.AbstractFormat.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.UnitTests.AbstractFormat.Blinding;

/// <summary>Everything a PDF holds, as text: the file's bytes and every stream decoded (image codecs left as they are).</summary>
internal static class DecodedPdf
{
    public static string AllText(byte[] pdf)
    {
        var text = new StringBuilder(Encoding.Latin1.GetString(pdf));
        using var document = PdfDocument.Open(pdf);
        var objects = new PdfObjects(document, DefaultFilterProvider.Instance);
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var token = document.Structure.GetObject(reference).Data;
            text.Append('\n').Append(token);
            if (token is StreamToken stream)
            {
                var (data, _) = objects.Decode(stream, n => n.Data is "DCTDecode" or "DCT" or "JPXDecode" or "JBIG2Decode" or "CCITTFaxDecode");
                text.Append('\n').Append(Encoding.Latin1.GetString(data)).Append('\n').Append(Encoding.BigEndianUnicode.GetString(data));
            }
        }

        return text.ToString();
    }

    /// <summary>Whether the identity shows anywhere, in any case, in Latin-1 or UTF-16.</summary>
    public static bool Mentions(byte[] pdf, string identity) =>
        AllText(pdf).Contains(identity, StringComparison.OrdinalIgnoreCase);
}
