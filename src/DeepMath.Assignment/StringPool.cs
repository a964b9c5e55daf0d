using System.Text.Json;

namespace DeepMath.Assignment;

/// <summary>
/// Shares one string instance per distinct id or topic: an instance names the same few thousand
/// reviewers millions of times, and a fresh string each time would cost hundreds of megabytes.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private char[] _chars = new char[128];

    public StringPool()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Get(Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        // UTF-8 never takes fewer bytes than UTF-16 code units, and unescaping only shortens.
        var maxChars = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (_chars.Length < maxChars)
        {
            _chars = new char[Math.Max(maxChars, _chars.Length * 2)];
        }

        var chars = _chars.AsSpan(0, reader.CopyString(_chars));
        if (_lookup.TryGetValue(chars, out var existing))
        {
            return existing;
        }

        var created = new string(chars);
        _strings.Add(created, created);
        return created;
    }
}
