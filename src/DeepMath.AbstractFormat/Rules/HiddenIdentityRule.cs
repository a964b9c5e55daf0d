using DeepMath.AbstractFormat.Text;

namespace DeepMath.AbstractFormat.Rules;

/// <summary>
/// A listed author's name or e-mail in a place a reader does not draw (page or image XMP, private data,
/// JPEG comments, layer names, page labels, destinations, scripts) is reported as metadata, with where
/// it was found. Reviewers' copies are rebuilt without these places, but the author should learn of it
/// and remove it, as with the document properties. One finding per place.
/// </summary>
internal sealed class HiddenIdentityRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (!context.Rules.CheckAnonymity)
        {
            yield break;
        }

        var names = context.Authors.SelectMany(a => NameVariants.For(a.Name)).ToList();
        var emails = context.Authors
            .Select(a => a.Email?.Trim())
            .Where(e => !string.IsNullOrEmpty(e) && e.Contains('@'))
            .Select(e => (Shown: e!, Folded: TextFolding.Fold(e!)))
            .ToList();
        foreach (var place in context.Hidden)
        {
            var text = PageText.FromString(place.Page ?? 0, place.Text);
            var found = names.Select(text.Find).FirstOrDefault(f => f is not null)
                ?? emails.Where(e => text.Compact.Contains(e.Folded, StringComparison.Ordinal)).Select(e => e.Shown).FirstOrDefault();
            if (found is not null)
            {
                yield return Finding.Error(
                    FindingCodes.AnonymityMetadata,
                    $"The PDF's {place.Where} names an author of this submission ({Units.Quote(found)}). Readers do not "
                    + "show it, but it travels with the file. Remove it: export figures again without their metadata "
                    + "(for example exiftool -all= figure.jpg), drop layer names, bookmarks and scripts that name you, "
                    + "and compile the abstract again.",
                    place.Page,
                    found);
            }
        }
    }
}
