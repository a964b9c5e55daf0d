using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Authorization;

/// <summary>Gathers the facts of a call's submissions and reviewers and finds their conflicts.</summary>
public sealed class CallConflicts(IReviewingData db, SubmissionAuthorsQuery submissions, AccountDirectory accounts, ConflictFinder finder)
{
    public sealed record Findings(IReadOnlyList<SubmissionWithAuthors> Submissions, IReadOnlyList<Conflict> Conflicts)
    {
        /// <summary>The submitted abstracts no holding conflict keeps <paramref name="reviewerId"/> away from.</summary>
        public IReadOnlyList<SubmissionWithAuthors> OpenTo(Guid reviewerId)
        {
            var barred = Conflicts.Where(c => c.ReviewerId == reviewerId && c.Holds).Select(c => c.SubmissionId).ToHashSet();
            return [.. Submissions.Where(s => !barred.Contains(s.Id))];
        }
    }

    public async Task<Findings> FindAsync(Guid callId, IReadOnlyCollection<Reviewer> reviewers, CancellationToken cancellationToken)
    {
        var papers = await submissions.SubmittedAsync(callId, cancellationToken);
        if (reviewers.Count == 0 || papers.Count == 0)
        {
            return new Findings(papers, []);
        }
        var contacts = await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken);
        var emails = contacts.ToDictionary(c => c.UserId, c => c.Email);
        var history = await submissions.GroupsListingAsync(emails.Values, cancellationToken);
        var ids = reviewers.Select(r => r.Id).ToList();
        var rulings = await db.ConflictRulings.AsNoTracking().Where(r => ids.Contains(r.ReviewerId)).ToListAsync(cancellationToken);
        var facts = reviewers.Select(r => new ReviewerFacts(r.Id, emails.GetValueOrDefault(r.UserId, string.Empty),
            r.Affiliations, r.EmailDomains, r.DeclaredPeople, r.DeclaredInstitutions));
        var conflicts = finder.Find(facts,
            [.. papers.Select(p => new PaperFacts(p.Id, [.. p.Authors.Select(a => new AuthorFacts(a.Name, a.Email, a.Affiliation))]))],
            [.. history.Select(h => new WrittenTogether(h.SubmissionId, h.Emails))],
            rulings);
        return new Findings(papers, [.. conflicts, .. await DeclaredAsync(ids, [.. papers.Select(p => p.Id)], cancellationToken)]);
    }

    /// <summary>The conflicts declared pair by pair, by reviewers while bidding and by authors: they hold whatever organizers think.</summary>
    private async Task<IEnumerable<Conflict>> DeclaredAsync(List<Guid> reviewerIds, List<Guid> submissionIds, CancellationToken cancellationToken)
    {
        var byReviewers = await db.ReviewerConflicts.AsNoTracking()
            .Where(c => reviewerIds.Contains(c.ReviewerId) && submissionIds.Contains(c.SubmissionId))
            .Select(c => new { c.ReviewerId, c.SubmissionId }).ToListAsync(cancellationToken);
        var byAuthors = await db.AuthorConflicts.AsNoTracking()
            .Where(c => reviewerIds.Contains(c.ReviewerId) && submissionIds.Contains(c.SubmissionId) && c.State == AuthorConflictState.Holds)
            .Select(c => new { c.ReviewerId, c.SubmissionId }).ToListAsync(cancellationToken);
        var byOrganizers = await db.OrganizerConflicts.AsNoTracking()
            .Where(c => reviewerIds.Contains(c.ReviewerId) && submissionIds.Contains(c.SubmissionId))
            .Select(c => new { c.ReviewerId, c.SubmissionId, c.Reason }).ToListAsync(cancellationToken);
        return byReviewers.Select(c => new Conflict(c.ReviewerId, c.SubmissionId, ConflictKind.DeclaredByReviewer, "declared by the reviewer", null))
            .Concat(byAuthors.Select(c => new Conflict(c.ReviewerId, c.SubmissionId, ConflictKind.DeclaredByAuthors, "declared by the authors", null)))
            .Concat(byOrganizers.Select(c => new Conflict(c.ReviewerId, c.SubmissionId, ConflictKind.DeclaredByOrganizers, c.Reason, null)));
    }
}
