using DeepMath.AbstractFormat.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.AbstractFormat.Blinding;

/// <summary>
/// The default view of a PDF's optional content (layers). The blinded copy keeps what that view draws
/// and drops the rest, so it needs no layers at all: no layer names (which can name a person) and no
/// hidden layer that a reviewer could switch on.
/// </summary>
internal sealed class OptionalContent
{
    private readonly PdfObjects _objects;
    private readonly HashSet<IndirectReference> _off = [];
    private readonly HashSet<IndirectReference> _on = [];
    private readonly bool _baseOff;

    public OptionalContent(PdfObjects objects)
    {
        _objects = objects;
        var defaults = objects.Dictionary(objects.Dictionary(objects.Catalog, "OCProperties"), "D");
        _baseOff = objects.Get<NameToken>(defaults, "BaseState")?.Data == "OFF";
        Collect(defaults, "OFF", _off);
        Collect(defaults, "ON", _on);
    }

    /// <summary>Whether content marked with this OCG or OCMD (a reference or a direct dictionary) is shown.</summary>
    public bool IsVisible(IToken? marker)
    {
        var reference = (marker as IndirectReferenceToken)?.Data;
        if (PdfObjects.AsDictionary(_objects.Resolve(marker)) is not { } dictionary)
        {
            return true;
        }

        if (_objects.Get<NameToken>(dictionary, "Type")?.Data != "OCMD")
        {
            return reference is not { } r || GroupVisible(r);
        }

        var groups = dictionary.Data.GetValueOrDefault("OCGs") is { } g ? _objects.Resolve(g) is ArrayToken array
            ? array.Data.OfType<IndirectReferenceToken>().Select(t => GroupVisible(t.Data)).ToList()
            : g is IndirectReferenceToken one ? [GroupVisible(one.Data)] : [] : [];
        if (groups.Count == 0)
        {
            return true;
        }

        return _objects.Get<NameToken>(dictionary, "P")?.Data switch
        {
            "AllOn" => groups.All(v => v),
            "AnyOff" => groups.Any(v => !v),
            "AllOff" => groups.All(v => !v),
            _ => groups.Any(v => v),
        };
    }

    private bool GroupVisible(IndirectReference group) => _baseOff ? _on.Contains(group) : !_off.Contains(group);

    private void Collect(DictionaryToken? defaults, string key, HashSet<IndirectReference> into)
    {
        if (_objects.Get<ArrayToken>(defaults, key) is { } array)
        {
            foreach (var item in array.Data.OfType<IndirectReferenceToken>())
            {
                into.Add(item.Data);
            }
        }
    }
}
