namespace DeepMath.AbstractFormat.Rules;

/// <summary>The document properties must not name anyone: both the Author entry and XMP dc:creator stay empty.</summary>
internal sealed class MetadataRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (!context.Rules.CheckAnonymity)
        {
            yield break;
        }

        var author = context.Information.Author?.Trim();
        if (!string.IsNullOrEmpty(author))
        {
            yield return Finding.Error(
                FindingCodes.AnonymityMetadata,
                $"The PDF's document properties name an author ({Units.Quote(author)}), which reviewers can see. "
                + "Remove it: with the template, do not set pdfauthor in \\hypersetup; in other tools, clear the "
                + "Author field of the document properties before exporting.",
                null,
                author);
        }

        var creator = context.XmpCreator?.Trim();
        if (!string.IsNullOrEmpty(creator))
        {
            yield return Finding.Error(
                FindingCodes.AnonymityMetadata,
                $"The PDF's XMP metadata names a creator ({Units.Quote(creator)}), which reviewers can see. "
                + "Remove it: with LaTeX, drop hyperxmp or its pdfauthor setting; in other tools, clear the author "
                + "in the document properties before exporting.",
                null,
                creator);
        }
    }
}
