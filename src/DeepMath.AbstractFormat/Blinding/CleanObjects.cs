using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace DeepMath.AbstractFormat.Blinding;

/// <summary>The objects of the rebuilt PDF, numbered from 1, and the plain file that holds them.</summary>
internal sealed class CleanObjects
{
    private readonly List<IToken?> _objects = [];

    public IndirectReferenceToken Reserve()
    {
        _objects.Add(null);
        return new IndirectReferenceToken(new IndirectReference(_objects.Count, 0));
    }

    public void Set(IndirectReferenceToken reference, IToken token) => _objects[(int)reference.Data.ObjectNumber - 1] = token;

    public IndirectReferenceToken Add(IToken token)
    {
        var reference = Reserve();
        Set(reference, token);
        return reference;
    }

    /// <summary>Writes a PDF 1.7 file with a classic cross-reference table, no /Info and no /ID.</summary>
    public byte[] Write(IndirectReferenceToken root)
    {
        using var file = new MemoryStream();
        Ascii(file, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[_objects.Count];
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets[i] = file.Position;
            Ascii(file, $"{i + 1} 0 obj\n");
            TokenWriter.Instance.WriteToken(_objects[i] ?? NullToken.Instance, file);
            Ascii(file, "\nendobj\n");
        }

        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {_objects.Count + 1} /Root {root.Data.ObjectNumber} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Ascii(file, table.ToString());
        return file.ToArray();
    }

    private static void Ascii(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
