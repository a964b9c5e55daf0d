using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.AbstractFormat.Reading;

/// <summary>
/// Collects the text a PDF carries below the document level, in the places the blinder removes: each
/// page's XMP metadata, private data (/PieceInfo) and actions, the metadata and private
/// data of image and form XObjects at any depth, the comment and application segments of JPEG images,
/// and, from the catalog, page labels, layer names, named destinations, JavaScript and the open action.
/// </summary>
internal sealed class HiddenTextReader(PdfDocument document, PdfObjects objects, DecodeBudget budget)
{
    private const int MaxStreamChars = 1024 * 1024;
    private const int MaxDepth = 24;

    private readonly List<HiddenText> _found = [];
    private readonly HashSet<IndirectReference> _visitedXObjects = [];

    // An object reached from two places (a layer listed in /OCGs and again in /Order) is reported once.
    private readonly HashSet<IndirectReference> _seen = [];

    public IReadOnlyList<HiddenText> Read(int maxPages)
    {
        for (var number = 1; number <= Math.Min(document.NumberOfPages, maxPages); number++)
        {
            budget.CheckTime();
            var page = document.GetPage(number).Dictionary;
            Tolerant(() => ReadPage(number, page));
        }

        Tolerant(ReadCatalog);
        return _found;
    }

    // A structure this reader does not follow (a broken name tree, an odd image) must not turn a PDF that
    // readers open into an unreadable one: the place is skipped. Running out of budget still stops the check.
    private static void Tolerant(Action read)
    {
        try
        {
            read();
        }
        catch (Exception e) when (e is not DecodeBudgetExceededException and not OperationCanceledException)
        {
        }
    }

    private void ReadCatalog()
    {
        var catalog = objects.Catalog;
        Add("page labels", null, objects.Get<IToken>(catalog, "PageLabels"));
        var properties = objects.Dictionary(catalog, "OCProperties");
        Add("layer (optional content) names", null, objects.Get<IToken>(properties, "OCGs"));
        Add("layer configuration", null, objects.Get<IToken>(properties, "D"));
        Add("layer configurations", null, objects.Get<IToken>(properties, "Configs"));
        var names = objects.Dictionary(catalog, "Names");
        Add("named destinations", null, objects.Get<IToken>(names, "Dests"));
        Add("named destinations", null, objects.Get<IToken>(catalog, "Dests"), keysToo: true);
        Add("JavaScript", null, objects.Get<IToken>(names, "JavaScript"));
        Add("open action", null, objects.Get<IToken>(catalog, "OpenAction"));
        Add("document actions", null, objects.Get<IToken>(catalog, "AA"));
    }

    private void ReadPage(int number, DictionaryToken page)
    {
        Add($"page {number} XMP metadata", number, objects.Get<IToken>(page, "Metadata"));
        Add($"page {number} private data (PieceInfo)", number, objects.Get<IToken>(page, "PieceInfo"));
        Add($"page {number} actions", number, objects.Get<IToken>(page, "AA"));

        // Annotations are left out: a mailto: link repeats an address the text rules already report on the page.
        ReadResources(number, objects.Dictionary(page, "Resources"), 0);
    }

    private void ReadResources(int page, DictionaryToken? resources, int depth)
    {
        if (resources is null || depth > MaxDepth || objects.Dictionary(resources, "XObject") is not { } xobjects)
        {
            return;
        }

        foreach (var (name, value) in xobjects.Data)
        {
            if (value is IndirectReferenceToken reference && !_visitedXObjects.Add(reference.Data))
            {
                continue;
            }

            if (objects.Resolve(value) is not StreamToken stream)
            {
                continue;
            }

            var dictionary = stream.StreamDictionary;
            var kind = objects.Get<NameToken>(dictionary, "Subtype")?.Data == "Image" ? "image" : "form";
            var where = $"{kind} {name} on page {page}";
            Add($"{where}: XMP metadata", page, objects.Get<IToken>(dictionary, "Metadata"));
            Add($"{where}: private data (PieceInfo)", page, objects.Get<IToken>(dictionary, "PieceInfo"));
            if (kind == "image")
            {
                ReadJpeg(where, page, stream);
            }
            else
            {
                ReadResources(page, objects.Dictionary(dictionary, "Resources"), depth + 1);
            }
        }
    }

    private void ReadJpeg(string where, int page, StreamToken image)
    {
        if (!objects.FilterNames(image.StreamDictionary).Any(n => n.Data is "DCTDecode" or "DCT"))
        {
            return;
        }

        var (data, _) = objects.Decode(image, n => n.Data is "DCTDecode" or "DCT");
        foreach (var (kind, payload) in JpegSegments.TextSegments(data))
        {
            _found.Add(new HiddenText($"{where}: {kind}", page, Readable(payload)));
        }
    }

    private void Add(string where, int? page, IToken? token, bool keysToo = false)
    {
        if (token is null)
        {
            return;
        }

        var text = new StringBuilder();
        Collect(token, text, keysToo, 0, _seen);
        if (text.Length > 0)
        {
            _found.Add(new HiddenText(where, page, text.ToString()));
        }
    }

    // Every string, name and stream below the token, each on its own line; names of layers and
    // destinations are strings, old-style destination dictionaries use their keys.
    private void Collect(IToken token, StringBuilder text, bool keysToo, int depth, HashSet<IndirectReference> seen)
    {
        if (depth > MaxDepth || text.Length > MaxStreamChars)
        {
            return;
        }

        if (token is IndirectReferenceToken reference)
        {
            if (!seen.Add(reference.Data) || objects.Resolve(reference) is not { } target)
            {
                return;
            }

            token = target;
        }

        switch (token)
        {
            case StringToken s:
                text.Append(s.Data).Append('\n');
                break;
            case HexToken h:
                text.Append(h.Data).Append('\n');
                break;
            case ArrayToken a:
                foreach (var item in a.Data)
                {
                    Collect(item, text, keysToo, depth + 1, seen);
                }

                break;
            case StreamToken stream:
                budget.CheckTime();
                var (data, _) = objects.Decode(stream, n => n.Data is "DCTDecode" or "DCT" or "JPXDecode" or "JBIG2Decode" or "CCITTFaxDecode");
                text.Append(Readable(data.AsSpan(0, Math.Min(data.Length, MaxStreamChars)))).Append('\n');
                break;
            // A destination points at a page: its drawn text is the text rules' business, not a hidden place.
            case DictionaryToken d when objects.Get<NameToken>(d, "Type")?.Data is "Page" or "Pages" or "Catalog":
                break;
            case DictionaryToken d:
                foreach (var (key, value) in d.Data)
                {
                    if (key == "Parent")
                    {
                        continue;
                    }

                    if (keysToo)
                    {
                        text.Append(key).Append('\n');
                    }

                    Collect(value, text, keysToo, depth + 1, seen);
                }

                break;
        }
    }

    // UTF-8 when it decodes cleanly (XMP), Latin-1 otherwise (Exif, IPTC, comments in old encodings).
    private static string Readable(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
