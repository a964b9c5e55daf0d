using DeepMath.AbstractFormat.Text;

namespace DeepMath.AbstractFormat.Rules;

/// <summary>
/// Looks for the listed authors in the text: full names and e-mails are errors; affiliations are errors
/// under double-blind review and warnings otherwise (see <see cref="FormatRules.AffiliationIsError"/>).
/// One finding per author and kind.
/// </summary>
internal sealed class AnonymityTextRule : IRule
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (!context.Rules.CheckAnonymity)
        {
            return [];
        }

        var findings = new List<Finding>();
        foreach (var author in context.Authors)
        {
            if (FindName(context.Texts, author.Name) is { } name)
            {
                findings.Add(Finding.Error(
                    FindingCodes.AnonymityName,
                    $"Page {name.Page} names an author of this submission: {Units.Quote(name.Text)}. Reviewers must "
                    + "not learn who wrote the abstract: remove the name, or refer to your own work in the third "
                    + "person without saying it is yours.",
                    name.Page,
                    name.Text));
            }

            if (FindEmail(context.Texts, author.Email) is { } email)
            {
                findings.Add(Finding.Error(
                    FindingCodes.AnonymityEmail,
                    $"Page {email.Page} shows the e-mail address of an author of this submission "
                    + $"({Units.Quote(email.Text)}). Remove it; the template shows contact details only in the final "
                    + "version.",
                    email.Page,
                    email.Text));
            }
        }

        foreach (var affiliation in context.Affiliations.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var words = Tokenizer.Tokenize(affiliation).Select(t => t.Value).ToList();
            if (Find(context.Texts, words) is { } found)
            {
                findings.Add(context.Rules.AffiliationIsError
                    ? Finding.Error(
                        FindingCodes.AnonymityAffiliation,
                        $"Page {found.Page} mentions {Units.Quote(found.Text)}, an affiliation of this submission's "
                        + "authors. Review is double-blind, so this tells reviewers where the authors work: remove it, "
                        + "or, if the institution is cited for another reason, explain that in a format-exception request.",
                        found.Page,
                        found.Text)
                    : Finding.Warning(
                        FindingCodes.AnonymityAffiliation,
                        $"Page {found.Page} mentions {Units.Quote(found.Text)}, an affiliation of this submission's "
                        + "authors. That is fine when it is cited for another reason; if it tells reviewers where the "
                        + "authors work, remove it.",
                        found.Page,
                    found.Text));
            }
        }

        return findings;
    }

    private static (int Page, string Text)? FindName(IReadOnlyList<PageText> texts, string name) =>
        NameVariants.For(name).Select(v => Find(texts, v)).FirstOrDefault(found => found is not null);

    private static (int Page, string Text)? Find(IReadOnlyList<PageText> texts, IReadOnlyList<string> words)
    {
        foreach (var text in texts)
        {
            if (text.Find(words) is { } found)
            {
                return (text.Page, found);
            }
        }

        return null;
    }

    private static (int Page, string Text)? FindEmail(IReadOnlyList<PageText> texts, string? email)
    {
        var folded = string.IsNullOrWhiteSpace(email) ? null : TextFolding.Fold(email.Trim());
        if (folded is null || !folded.Contains('@'))
        {
            return null;
        }

        var text = texts.FirstOrDefault(t => t.Compact.Contains(folded, StringComparison.Ordinal));
        return text is null ? null : (text.Page, email!.Trim());
    }
}
