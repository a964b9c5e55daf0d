using DeepMath.AbstractFormat.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.AbstractFormat.Blinding;

/// <summary>
/// Rebuilds a PDF from what its pages draw: a new catalog that holds only the page tree, and pages that
/// hold only their boxes, rotation, transparency group, resources and one cleaned content stream. Nothing
/// else of the original (document information, XMP, page labels, layers, named destinations, outlines,
/// JavaScript, actions, forms, attachments, structure tree, annotations) has a way in.
/// </summary>
internal static class CleanDocument
{
    private static readonly HashSet<string> _resourceKeys = ["Font", "XObject", "ExtGState", "ColorSpace", "Pattern", "Shading", "ProcSet"];
    private static readonly string[] _inheritedBoxes = ["MediaBox", "CropBox"];

    public static byte[] Rebuild(PdfDocument source, PdfObjects objects)
    {
        var output = new CleanObjects();
        var copier = new CleanCopier(objects, new OptionalContent(objects), output);
        var pagesReference = output.Reserve();
        var kids = new List<IToken>();
        for (var number = 1; number <= source.NumberOfPages; number++)
        {
            var page = source.GetPage(number).Dictionary;
            var resources = Inherited(objects, page, "Resources") is { } found ? PdfObjects.AsDictionary(found) : null;
            var entries = new Dictionary<NameToken, IToken>
            {
                [NameToken.Create("Type")] = NameToken.Create("Page"),
                [NameToken.Create("Parent")] = pagesReference,
                [NameToken.Create("Resources")] = resources is null
                    ? new DictionaryToken(new Dictionary<NameToken, IToken>())
                    : copier.CopyDictionary(Only(resources, _resourceKeys), null, 0),
                [NameToken.Create("Contents")] = copier.Contents(ContentStreams(objects, page), resources),
            };
            foreach (var key in _inheritedBoxes.Append("Rotate"))
            {
                if (Inherited(objects, page, key) is { } value)
                {
                    entries[NameToken.Create(key)] = copier.Copy(value);
                }
            }

            if (page.Data.TryGetValue("Group", out var group))
            {
                entries[NameToken.Create("Group")] = copier.Copy(group);
            }

            kids.Add(output.Add(new DictionaryToken(entries)));
        }

        output.Set(pagesReference, new DictionaryToken(new Dictionary<NameToken, IToken>
        {
            [NameToken.Create("Type")] = NameToken.Create("Pages"),
            [NameToken.Create("Kids")] = new ArrayToken(kids),
            [NameToken.Create("Count")] = new NumericToken(kids.Count),
        }));
        var catalog = output.Add(new DictionaryToken(new Dictionary<NameToken, IToken>
        {
            [NameToken.Create("Type")] = NameToken.Create("Catalog"),
            [NameToken.Create("Pages")] = pagesReference,
        }));
        return output.Write(catalog);
    }

    private static DictionaryToken Only(DictionaryToken dictionary, HashSet<string> keys) =>
        new(dictionary.Data.Where(p => keys.Contains(p.Key)).ToDictionary(p => NameToken.Create(p.Key), p => p.Value));

    private static List<StreamToken> ContentStreams(PdfObjects objects, DictionaryToken page) =>
        objects.Get<IToken>(page, "Contents") switch
        {
            StreamToken one => [one],
            ArrayToken many => many.Data.Select(objects.Resolve).OfType<StreamToken>().ToList(),
            _ => [],
        };

    // Boxes, rotation and resources may sit on an ancestor in the page tree.
    private static IToken? Inherited(PdfObjects objects, DictionaryToken page, string key)
    {
        var node = page;
        for (var depth = 0; node is not null && depth < 32; depth++)
        {
            if (node.Data.TryGetValue(key, out var value))
            {
                return objects.Resolve(value);
            }

            node = objects.Get<DictionaryToken>(node, "Parent");
        }

        return null;
    }
}
