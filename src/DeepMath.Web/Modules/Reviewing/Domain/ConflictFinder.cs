namespace DeepMath.Web.Modules.Reviewing.Domain;

/// <summary>
/// Finds every conflict between reviewers and submissions: the automatic kinds from e-mails, domains,
/// affiliations and past co-authorship, and the ones reviewers declared. Organizers' rulings are attached,
/// so that a caller can tell which still hold. Pure: the caller gathers the facts.
/// </summary>
public sealed class ConflictFinder
{
    public IReadOnlyList<Conflict> Find(IEnumerable<ReviewerFacts> reviewers, IReadOnlyCollection<PaperFacts> papers,
        IReadOnlyCollection<WrittenTogether> history, IEnumerable<ConflictRuling> rulings)
    {
        var verdicts = rulings.ToDictionary(r => (r.ReviewerId, r.SubmissionId, r.Kind), r => r.Verdict);
        var found = new List<Conflict>();
        foreach (var reviewer in reviewers)
        {
            var profile = ReviewerProfile.Of(reviewer, history);
            foreach (var paper in papers)
            {
                foreach (var (kind, reasons) in Reasons(profile, paper).GroupBy(r => r.Kind, r => r.Text).OrderBy(g => g.Key).Select(g => (g.Key, g.Distinct())))
                {
                    var verdict = verdicts.TryGetValue((reviewer.ReviewerId, paper.SubmissionId, kind), out var v) ? v : (ConflictVerdict?)null;
                    found.Add(new Conflict(reviewer.ReviewerId, paper.SubmissionId, kind, string.Join("; ", reasons), verdict));
                }
            }
        }
        return found;
    }

    private static IEnumerable<(ConflictKind Kind, string Text)> Reasons(ReviewerProfile reviewer, PaperFacts paper)
    {
        foreach (var author in paper.Authors)
        {
            var email = author.Email.Trim().ToLowerInvariant();
            var who = $"{author.Name} <{author.Email}>";
            if (email.Length > 0 && email == reviewer.Email)
            {
                yield return (ConflictKind.ListedAuthor, $"listed as author {who}");
                continue;
            }
            if (MailDomains.Of(email) is { } domain && !MailDomains.IsPublic(domain)
                && reviewer.Domains.FirstOrDefault(d => MailDomains.Overlap(d, domain)) is { } shared)
            {
                yield return (ConflictKind.SharedEmailDomain, $"{shared} and {who}");
            }
            var institutions = AffiliationText.Split(author.Affiliation);
            if (institutions.FirstOrDefault(reviewer.Affiliations.Contains) is { } common)
            {
                yield return (ConflictKind.SharedAffiliation, $"\"{common}\" with {who}");
            }
            if (email.Length > 0 && reviewer.CoAuthors.TryGetValue(email, out var together) && together.Any(id => id != paper.SubmissionId))
            {
                yield return (ConflictKind.CoAuthor, $"wrote another submission with {who}");
            }
            if (email.Length > 0 && reviewer.DeclaredPeople.Contains(email))
            {
                yield return (ConflictKind.DeclaredPerson, $"declared {who}");
            }
            if (institutions.FirstOrDefault(reviewer.DeclaredInstitutions.Contains) is { } declared)
            {
                yield return (ConflictKind.DeclaredInstitution, $"declared \"{declared}\" of {who}");
            }
        }
    }

    /// <summary>A reviewer's facts, normalized once for comparison with every paper.</summary>
    private sealed record ReviewerProfile(string Email, IReadOnlyList<string> Domains, HashSet<string> Affiliations,
        Dictionary<string, HashSet<Guid>> CoAuthors, HashSet<string> DeclaredPeople, HashSet<string> DeclaredInstitutions)
    {
        public static ReviewerProfile Of(ReviewerFacts reviewer, IEnumerable<WrittenTogether> history)
        {
            var email = reviewer.Email.Trim().ToLowerInvariant();
            var domains = reviewer.EmailDomains.Append(MailDomains.Of(email) ?? string.Empty)
                .Select(MailDomains.Clean).Where(d => d.Length > 0 && !MailDomains.IsPublic(d)).Distinct().ToList();
            var coAuthors = new Dictionary<string, HashSet<Guid>>();
            foreach (var group in history.Where(g => g.Emails.Contains(email)))
            {
                foreach (var other in group.Emails.Where(e => e != email))
                {
                    (coAuthors.TryGetValue(other, out var ids) ? ids : coAuthors[other] = []).Add(group.SubmissionId);
                }
            }
            return new ReviewerProfile(email, domains,
                [.. reviewer.Affiliations.SelectMany(AffiliationText.Split)],
                coAuthors,
                [.. reviewer.DeclaredPeople.Select(p => p.Trim().ToLowerInvariant())],
                [.. reviewer.DeclaredInstitutions.SelectMany(AffiliationText.Split)]);
        }
    }
}
