using DeepMath.AbstractFormat.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.InlineImages;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.AbstractFormat.Blinding;

/// <summary>
/// Rewrites a content stream as its drawing operations only. The parser already drops comments;
/// marked content keeps its bracket but loses its property list (/ActualText, /Alt, /E, private data),
/// content in a layer hidden by default is dropped with the layer's marks, marked points go, and an
/// inline JPEG loses its comment and application segments.
/// </summary>
internal sealed class ContentCleaner(PdfObjects objects, OptionalContent layers)
{
    private static readonly NameToken _neutralTag = NameToken.Create("Span");
    private static readonly HashSet<string> _inlineImageKeys =
    [
        "W", "Width", "H", "Height", "CS", "ColorSpace", "BPC", "BitsPerComponent", "F", "Filter", "DP", "DecodeParms",
        "D", "Decode", "IM", "ImageMask", "I", "Interpolate", "Intent", "L", "Length",
    ];

    public byte[] Clean(byte[] content, DictionaryToken? resources)
    {
        var parser = new PageContentParser(ReflectionGraphicsStateOperationFactory.Instance, new StackDepthGuard(256), true);
        var operations = parser.Parse(1, new MemoryInputBytes(content), new QuietLog());
        using var output = new MemoryStream();
        var hiddenDepth = 0;
        var depth = 0;
        foreach (var operation in operations)
        {
            var opens = operation is BeginMarkedContent or BeginMarkedContentWithProperties;
            if (opens)
            {
                depth++;
            }

            if (hiddenDepth > 0)
            {
                if (operation is EndMarkedContent && --depth < hiddenDepth)
                {
                    hiddenDepth = 0;
                }

                continue;
            }

            switch (operation)
            {
                case BeginMarkedContentWithProperties marked when marked.Name.Data == "OC" && !IsVisible(marked, resources):
                    hiddenDepth = depth;
                    continue;
                case BeginMarkedContentWithProperties:
                    new BeginMarkedContent(_neutralTag).Write(output);
                    break;
                case BeginMarkedContent:
                    new BeginMarkedContent(_neutralTag).Write(output);
                    break;
                case EndMarkedContent:
                    depth--;
                    operation.Write(output);
                    break;
                case DesignateMarkedContentPoint or DesignateMarkedContentPointWithProperties:
                    continue;
                case BeginInlineImageData data:
                    new BeginInlineImageData(data.Dictionary
                        .Where(p => _inlineImageKeys.Contains(p.Key.Data))
                        .ToDictionary(p => p.Key, p => p.Value)).Write(output);
                    IsInlineJpeg = IsJpeg(data.Dictionary);
                    break;
                case EndInlineImage image when IsInlineJpeg:
                    new EndInlineImage(JpegSegments.Strip(image.ImageData.Span)).Write(output);
                    IsInlineJpeg = false;
                    break;
                case InvokeNamedXObject invoke when !XObjectVisible(invoke.Name, resources):
                    continue;
                default:
                    operation.Write(output);
                    break;
            }

            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }

    private bool IsInlineJpeg { get; set; }

    private bool IsVisible(BeginMarkedContentWithProperties marked, DictionaryToken? resources) =>
        marked.PropertyDictionaryName is not { } name
        || layers.IsVisible(objects.Dictionary(resources, "Properties")?.Data.GetValueOrDefault(name.Data));

    private bool XObjectVisible(NameToken name, DictionaryToken? resources)
    {
        var xobject = PdfObjects.AsDictionary(objects.Resolve(objects.Dictionary(resources, "XObject")?.Data.GetValueOrDefault(name.Data)));
        return xobject is null || !xobject.Data.TryGetValue("OC", out var marker) || layers.IsVisible(marker);
    }

    private static bool IsJpeg(IReadOnlyDictionary<NameToken, IToken> dictionary)
    {
        var filter = dictionary.FirstOrDefault(p => p.Key.Data is "F" or "Filter").Value;
        var last = filter switch
        {
            NameToken n => n,
            ArrayToken a => a.Data.LastOrDefault() as NameToken,
            _ => null,
        };
        return last?.Data is "DCT" or "DCTDecode";
    }

    private sealed class QuietLog : ILog
    {
        public void Debug(string message)
        {
        }

        public void Debug(string message, Exception ex)
        {
        }

        public void Warn(string message)
        {
        }

        public void Error(string message)
        {
        }

        public void Error(string message, Exception ex)
        {
        }
    }
}
