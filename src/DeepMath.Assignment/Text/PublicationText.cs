namespace DeepMath.Assignment.Text;

/// <summary>
/// What a reviewer pasted or uploaded as publications, reduced to the words that count for the text affinity:
/// from BibTeX, each entry's title and abstract (authors, venues and keys left out); from anything else, the
/// text as written (titles and abstracts, one after another).
/// </summary>
public sealed record PublicationText(string Text, int Entries, bool FromBibTex)
{
    /// <exception cref="BibTexException">The input is BibTeX that cannot be read, or has no title or abstract at all.</exception>
    public static PublicationText Extract(string? input)
    {
        var text = (input ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            return new PublicationText(string.Empty, 0, false);
        }

        if (!BibTexParser.LooksLikeBibTex(text))
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new PublicationText(string.Join('\n', lines), lines.Length, false);
        }

        var entries = BibTexParser.Parse(text);
        var parts = new List<string>();
        var used = 0;
        foreach (var entry in entries)
        {
            var title = entry.Field("title");
            var abstractText = entry.Field("abstract");
            if (title is null && abstractText is null)
            {
                continue;
            }

            used++;
            parts.Add(string.Join(". ", new[] { title, abstractText }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => BibTexParser.Clean(t!))));
        }

        if (used == 0)
        {
            throw new BibTexException(entries.Count == 0
                ? "The text starts like BibTeX but no entry could be read; each looks like @article{key, title = {...}, abstract = {...}}."
                : $"None of the {entries.Count} BibTeX entries has a title or an abstract field, and only those count for matching.");
        }

        return new PublicationText(string.Join('\n', parts), used, true);
    }
}
