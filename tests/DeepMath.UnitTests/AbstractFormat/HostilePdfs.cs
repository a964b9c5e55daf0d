using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DeepMath.UnitTests.AbstractFormat;

/// <summary>Builds hostile PDFs on the fly, so the repository does not carry them.</summary>
internal static class HostilePdfs
{
    /// <summary>A letter-sized document with one line of text on each of <paramref name="pages"/> pages.</summary>
    public static byte[] ManyPages(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        for (var i = 1; i <= pages; i++)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.AddText($"Page {i} of a long document.", 11, new PdfPoint(72, 700), font);
        }

        return builder.Build();
    }

    /// <summary>One page whose flate-compressed content stream inflates to <paramref name="inflatedBytes"/> spaces.</summary>
    public static byte[] SingleLayerBomb(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }

        var data = compressed.ToArray();
        return Assemble(
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"u8.ToArray(),
            [.. Encoding.ASCII.GetBytes($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n"), .. data, .. "\nendstream"u8]);
    }

    /// <summary>Random bytes dressed with a PDF header and end marker, so that only parsing can reject them.</summary>
    public static byte[] Garbage(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        "\n%%EOF\n"u8.CopyTo(bytes.AsSpan(length - 7));
        return bytes;
    }

    private static byte[] Assemble(params byte[][] objects)
    {
        var output = new MemoryStream();
        output.Write("%PDF-1.5\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Position);
            output.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write("\nendobj\n"u8);
        }

        var xref = output.Position;
        var trailer = new StringBuilder($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            trailer.Append($"{offset:D10} 00000 n \n");
        }

        trailer.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(trailer.ToString()));
        return output.ToArray();
    }
}
