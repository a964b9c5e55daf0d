using System.Text;
using System.Xml;
using UglyToad.PdfPig;

namespace DeepMath.AbstractFormat.Reading;

/// <summary>Reads dc:creator from the document's XMP packet, refusing DTDs and oversized packets.</summary>
internal static class XmpCreatorReader
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const int MaxPacketBytes = 1024 * 1024;

    /// <summary>Returns the creators joined by "; ", or null when there are none or no readable packet.</summary>
    public static string? Read(PdfDocument document)
    {
        if (!document.TryGetXmpMetadata(out var xmp))
        {
            return null;
        }

        var bytes = xmp.GetXmlBytes();
        if (bytes.Length > MaxPacketBytes)
        {
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxPacketBytes,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes.ToArray()), settings);
            var creators = new StringBuilder();
            while (reader.ReadToFollowing("creator", DublinCore))
            {
                var value = reader.ReadInnerXml();
                var text = StripTags(value).Trim();
                if (text.Length > 0)
                {
                    creators.Append(creators.Length > 0 ? "; " : string.Empty).Append(text);
                }
            }

            return creators.Length > 0 ? creators.ToString() : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string StripTags(string xml)
    {
        var text = new StringBuilder(xml.Length);
        var inTag = false;
        foreach (var c in xml)
        {
            inTag = c == '<' || (inTag && c != '>');
            if (!inTag && c != '>')
            {
                text.Append(c);
            }
        }

        return System.Net.WebUtility.HtmlDecode(text.ToString());
    }
}
