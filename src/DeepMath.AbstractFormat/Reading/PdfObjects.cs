using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace DeepMath.AbstractFormat.Reading;

/// <summary>
/// Low-level access to a parsed PDF's objects: follows indirect references (a missing object reads as
/// null, as readers treat it) and decodes streams through a budgeted filter provider.
/// </summary>
internal sealed class PdfObjects(PdfDocument document, IFilterProvider filters)
{
    private const int MaxChain = 32;

    public DictionaryToken Catalog => document.Structure.Catalog.CatalogDictionary;

    public IToken? Resolve(IToken? token)
    {
        for (var i = 0; i < MaxChain && token is IndirectReferenceToken reference; i++)
        {
            try
            {
                token = document.Structure.GetObject(reference.Data)?.Data;
            }
            catch (Exception e) when (e is not DecodeBudgetExceededException and not OperationCanceledException)
            {
                return null;
            }
        }

        return token is IndirectReferenceToken or NullToken ? null : token;
    }

    public T? Get<T>(DictionaryToken? dictionary, string key)
        where T : class, IToken =>
        dictionary is not null && dictionary.Data.TryGetValue(key, out var value) ? Resolve(value) as T : null;

    /// <summary>A dictionary entry that may be a dictionary or a stream's dictionary.</summary>
    public DictionaryToken? Dictionary(DictionaryToken? dictionary, string key) => AsDictionary(Get<IToken>(dictionary, key));

    public static DictionaryToken? AsDictionary(IToken? token) => token switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    /// <summary>The stream's filters by name, with indirect /Filter and /DecodeParms resolved.</summary>
    public IReadOnlyList<NameToken> FilterNames(DictionaryToken dictionary) =>
        Resolve(dictionary.Data.GetValueOrDefault("Filter") ?? dictionary.Data.GetValueOrDefault("F")) switch
        {
            NameToken name => [name],
            ArrayToken array => array.Data.Select(Resolve).OfType<NameToken>().ToList(),
            _ => [],
        };

    /// <summary>
    /// Decodes a stream through its filters, stopping before the first one that <paramref name="stopBefore"/>
    /// accepts (image codecs such as DCTDecode, whose data is kept as it is). Returns the bytes and the
    /// filters left undone.
    /// </summary>
    public (byte[] Data, IReadOnlyList<NameToken> Remaining) Decode(StreamToken stream, Func<NameToken, bool>? stopBefore = null)
    {
        var names = FilterNames(stream.StreamDictionary);
        var dictionary = WithResolvedFilters(stream.StreamDictionary, names);
        var data = stream.Data;
        for (var i = 0; i < names.Count; i++)
        {
            if (stopBefore?.Invoke(names[i]) == true)
            {
                return (data.ToArray(), names.Skip(i).ToList());
            }

            var filter = filters.GetNamedFilters([names[i]])[0];
            data = filter.Decode(data, dictionary, filters, i);
        }

        return (data.ToArray(), []);
    }

    // PDF filters read their parameters from the stream's dictionary by position; indirect ones are resolved first.
    private DictionaryToken WithResolvedFilters(DictionaryToken dictionary, IReadOnlyList<NameToken> names)
    {
        var entries = dictionary.Data.ToDictionary(p => NameToken.Create(p.Key), p => p.Value);
        entries[NameToken.Create("Filter")] = new ArrayToken(names.ToList());
        entries.Remove(NameToken.Create("DP"));
        entries[NameToken.Create("DecodeParms")] = new ArrayToken(DecodeParms(dictionary, names.Count));
        return new DictionaryToken(entries);
    }

    /// <summary>One resolved parameter dictionary (or null) per filter.</summary>
    public IReadOnlyList<IToken> DecodeParms(DictionaryToken dictionary, int filterCount)
    {
        var parms = Resolve(dictionary.Data.GetValueOrDefault("DecodeParms") ?? dictionary.Data.GetValueOrDefault("DP"));
        var list = parms switch
        {
            DictionaryToken d => [d],
            ArrayToken a => a.Data.Select(t => Resolve(t) as DictionaryToken ?? (IToken)NullToken.Instance).ToList(),
            _ => new List<IToken>(),
        };
        while (list.Count < filterCount)
        {
            list.Add(NullToken.Instance);
        }

        return list;
    }
}
