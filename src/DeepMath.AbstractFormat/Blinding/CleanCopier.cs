using System.IO.Compression;
using DeepMath.AbstractFormat.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.AbstractFormat.Blinding;

/// <summary>
/// Copies what a page draws into a new set of objects: content streams are rewritten by
/// <see cref="ContentCleaner"/>, image and form XObjects keep only the keys that affect drawing, JPEG
/// images lose their comment and application segments, and no dictionary at any depth keeps metadata,
/// private application data, structure or interactive entries.
/// </summary>
internal sealed class CleanCopier(PdfObjects objects, OptionalContent layers, CleanObjects output)
{
    // Entries that never affect drawing and may carry a person's identity, wherever they appear.
    private static readonly HashSet<string> _droppedEverywhere =
    [
        "Metadata", "PieceInfo", "LastModified", "StructParent", "StructParents", "OC", "AA", "A", "JS", "OpenAction",
        "URI", "Annots", "Parent", "Thumb", "B", "ID", "OPI", "Ref", "Alternates", "Info", "Author", "Creator",
        "Producer", "Title", "Subject", "Keywords", "CreationDate", "ModDate", "Private", "AF", "Measure", "PtData",
        "SeparationInfo", "PZ", "Dests", "Names", "Outlines", "Threads", "StructTreeRoot", "PageLabels", "AcroForm",
        "EmbeddedFiles", "EF", "FFilter", "FDecodeParms", "DL", "Name", "Properties", "CreatorInfo", "Usage",
    ];

    private static readonly HashSet<string> _imageKeys =
    [
        "Type", "Subtype", "Width", "Height", "ColorSpace", "BitsPerComponent", "Intent", "ImageMask", "Mask", "Decode",
        "Interpolate", "SMask", "SMaskInData", "Matte", "Filter", "DecodeParms",
    ];

    private static readonly HashSet<string> _formKeys = ["Type", "Subtype", "FormType", "BBox", "Matrix", "Resources", "Group"];

    private static readonly HashSet<string> _tilingKeys =
        ["Type", "PatternType", "PaintType", "TilingType", "BBox", "XStep", "YStep", "Resources", "Matrix"];

    private readonly ContentCleaner _contents = new(objects, layers);
    private readonly Dictionary<IndirectReference, IndirectReferenceToken> _copied = [];

    /// <summary>A page's content streams, joined and cleaned, as one new Flate stream.</summary>
    public IndirectReferenceToken Contents(IReadOnlyList<StreamToken> streams, DictionaryToken? resources)
    {
        using var joined = new MemoryStream();
        foreach (var stream in streams)
        {
            joined.Write(objects.Decode(stream).Data);
            joined.WriteByte((byte)'\n');
        }

        return output.Add(Compressed(_contents.Clean(joined.ToArray(), resources), new Dictionary<string, IToken>()));
    }

    public IToken Copy(IToken token, int depth = 0)
    {
        if (depth > 64)
        {
            return NullToken.Instance;
        }

        switch (token)
        {
            case IndirectReferenceToken reference:
                if (_copied.TryGetValue(reference.Data, out var done))
                {
                    return done;
                }

                if (objects.Resolve(reference) is not { } target)
                {
                    return NullToken.Instance;
                }

                var placeholder = output.Reserve();
                _copied[reference.Data] = placeholder;
                output.Set(placeholder, Copy(target, depth + 1));
                return placeholder;
            case StreamToken stream:
                return CopyStream(stream, depth);
            case DictionaryToken dictionary:
                return CopyDictionary(dictionary, null, depth);
            case ArrayToken array:
                return new ArrayToken(array.Data.Select(t => Copy(t, depth + 1)).ToList());
            default:
                return token;
        }
    }

    public DictionaryToken CopyDictionary(DictionaryToken dictionary, HashSet<string>? allowed, int depth)
    {
        var entries = new Dictionary<NameToken, IToken>();
        foreach (var (key, value) in dictionary.Data)
        {
            if ((allowed is null || allowed.Contains(key)) && !_droppedEverywhere.Contains(key) && key != "Length")
            {
                entries[NameToken.Create(key)] = Copy(value, depth + 1);
            }
        }

        return new DictionaryToken(entries);
    }

    private IToken CopyStream(StreamToken stream, int depth)
    {
        var dictionary = stream.StreamDictionary;
        var subtype = objects.Get<NameToken>(dictionary, "Subtype")?.Data;
        if (subtype == "Image")
        {
            return CopyImage(stream, depth);
        }

        var resources = objects.Dictionary(dictionary, "Resources");
        if (subtype == "Form" || (objects.Get<NumericToken>(dictionary, "PatternType")?.Int == 1))
        {
            var kept = CopyDictionary(dictionary, subtype == "Form" ? _formKeys : _tilingKeys, depth);
            return Compressed(_contents.Clean(objects.Decode(stream).Data, resources), kept.Data);
        }

        // Fonts, colour profiles, functions, shadings: copied as they are, in their own encoding.
        var plain = CopyDictionary(dictionary, null, depth);
        return WithLength(plain.Data, stream.Data.ToArray());
    }

    // Pixels are copied in their own encoding (nothing but samples can hide there); a JPEG is decoded down
    // to its DCT data, which loses its comment and application segments, the entropy-coded data untouched.
    private IToken CopyImage(StreamToken stream, int depth)
    {
        var kept = CopyDictionary(stream.StreamDictionary, _imageKeys, depth);
        var names = objects.FilterNames(stream.StreamDictionary);
        var dct = names.ToList().FindIndex(IsDct);
        if (dct < 0)
        {
            return WithLength(kept.Data, stream.Data.ToArray());
        }

        var (data, remaining) = objects.Decode(stream, IsDct);
        var entries = kept.Data.Where(p => p.Key is not ("Filter" or "DecodeParms")).ToDictionary(p => NameToken.Create(p.Key), p => p.Value);
        entries[NameToken.Create("Filter")] = new ArrayToken(remaining.Select(n => (IToken)n).ToList());
        var parms = objects.DecodeParms(stream.StreamDictionary, names.Count);
        entries[NameToken.Create("DecodeParms")] = new ArrayToken(parms.Skip(dct).Select(p => Copy(p, depth + 1)).ToList());
        return WithLength(entries, JpegSegments.Strip(data));
    }

    private static bool IsDct(NameToken name) => name.Data is "DCTDecode" or "DCT";

    private static StreamToken Compressed(byte[] data, IReadOnlyDictionary<string, IToken> entries)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        var dictionary = entries.Where(p => p.Key is not ("Filter" or "DecodeParms"))
            .ToDictionary(p => NameToken.Create(p.Key), p => p.Value);
        dictionary[NameToken.Create("Filter")] = NameToken.Create("FlateDecode");
        return WithLength(dictionary, buffer.ToArray());
    }

    private static StreamToken WithLength(IReadOnlyDictionary<string, IToken> entries, byte[] data) =>
        WithLength(entries.ToDictionary(p => NameToken.Create(p.Key), p => p.Value), data);

    private static StreamToken WithLength(Dictionary<NameToken, IToken> entries, byte[] data)
    {
        entries[NameToken.Create("Length")] = new NumericToken(data.Length);
        return new StreamToken(new DictionaryToken(entries), data);
    }
}
