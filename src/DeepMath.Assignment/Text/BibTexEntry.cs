namespace DeepMath.Assignment.Text;

/// <summary>One BibTeX entry: its type (article, inproceedings, ...), key and fields with lower-case names.</summary>
public sealed record BibTexEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields, int Line)
{
    public string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;
}
