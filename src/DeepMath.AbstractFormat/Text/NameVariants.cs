namespace DeepMath.AbstractFormat.Text;

/// <summary>
/// The word sequences that identify a listed author: the full name, the first given name with the
/// family name, and the same with the given name shortened to its initial ("G. Family"). A family
/// name alone is never a variant: "Fan" must not fire on "fan-in".
/// </summary>
internal static class NameVariants
{
    public static IReadOnlyList<IReadOnlyList<string>> For(string name)
    {
        var words = Tokenizer.Tokenize(name).Select(t => t.Value).ToList();
        if (words.Count < 2)
        {
            return [];
        }

        var family = words[^1];
        var given = words[0];
        var initial = given[..1];
        var variants = new List<IReadOnlyList<string>>
        {
            words,
            new[] { given, family },
            new[] { initial }.Concat(words.Skip(1)).ToList(),
            new[] { initial, family },
        };

        return variants
            .DistinctBy(v => string.Join(' ', v))
            .ToList();
    }
}
