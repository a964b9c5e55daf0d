using DeepMath.Web.Modules.Reviewing.Authorization;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using DeepMath.Web.Modules.Submissions.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Assigned;

/// <summary>One submission a reviewer is assigned, blinded: nothing here can name an author (a single-blind call's authors come separately).</summary>
public sealed record AssignedRow(Guid SubmissionId, int Number, string Title, IReadOnlyList<string> Topics, string Abstract);

/// <summary>An abstract the reviewer was assigned (or reviewed) that a conflict of interest has since taken off their list.</summary>
public sealed record TakenOffRow(Guid SubmissionId, int Number, string Title, bool HasReview);

/// <summary>
/// The submissions assigned to a reviewer that they may open: open to review, and kept from them by no conflict
/// (a conflict found after the assignment closes the door too). Anything else is answered with 404, except an
/// abstract a conflict took off the list, which the reviewer worked on and is told about (<see cref="TakenOffAsync"/>).
/// </summary>
public sealed class AssignedQuery(IReviewingData db, CallConflicts conflicts, SubmissionCatalog catalog)
{
    /// <summary>The authors (name and affiliation, never the e-mail) in a single-blind call; null in a double-blind one, whose reviewers never learn them.</summary>
    public async Task<IReadOnlyList<AuthorDetails>?> AuthorsAsync(ReviewingAccess.Membership member, AssignedRow row, CancellationToken cancellationToken) =>
        member.Call.DoubleBlind
            ? null
            : (await catalog.AuthorsAsync([row.SubmissionId], cancellationToken)).GetValueOrDefault(row.SubmissionId) ?? [];

    public async Task<IReadOnlyList<AssignedRow>> ListAsync(ReviewingAccess.Membership member, CancellationToken cancellationToken)
    {
        var assigned = await db.Assignments.AsNoTracking().Where(a => a.ReviewerId == member.Reviewer.Id).Select(a => a.SubmissionId).ToListAsync(cancellationToken);
        if (assigned.Count == 0)
        {
            return [];
        }
        var findings = await conflicts.FindAsync(member.Call.CallId, [member.Reviewer], cancellationToken);
        return [.. findings.OpenTo(member.Reviewer.Id).Where(s => assigned.Contains(s.Id))
            .Select(s => new AssignedRow(s.Id, s.Number, s.Title, s.Topics, s.Abstract))];
    }

    /// <summary>The reviewer's reviews by submission: true when submitted, false for a draft.</summary>
    public async Task<IReadOnlyDictionary<Guid, bool>> ReviewStatesAsync(ReviewingAccess.Membership member, CancellationToken cancellationToken) =>
        await db.Reviews.AsNoTracking().Where(r => r.ReviewerId == member.Reviewer.Id)
            .ToDictionaryAsync(r => r.SubmissionId, r => r.SubmittedAt != null, cancellationToken);

    public async Task<AssignedRow?> FindAsync(ReviewingAccess.Membership member, Guid submissionId, CancellationToken cancellationToken) =>
        await db.Assignments.AnyAsync(a => a.ReviewerId == member.Reviewer.Id && a.SubmissionId == submissionId, cancellationToken)
            ? (await ListAsync(member, cancellationToken)).FirstOrDefault(r => r.SubmissionId == submissionId)
            : null;

    /// <summary>
    /// Abstracts the reviewer was assigned at some time (or wrote a review of) that a holding conflict now keeps them from:
    /// the organizers granted it, so the reviewer sees why the abstract left their list instead of a bare 404.
    /// </summary>
    public async Task<IReadOnlyList<TakenOffRow>> TakenOffAsync(ReviewingAccess.Membership member, CancellationToken cancellationToken)
    {
        var id = member.Reviewer.Id;
        var worked = await db.Assignments.AsNoTracking().Where(a => a.ReviewerId == id).Select(a => a.SubmissionId)
            .Union(db.AssignmentChanges.AsNoTracking().Where(c => c.ReviewerId == id && c.CallId == member.Call.CallId).Select(c => c.SubmissionId))
            .Union(db.Reviews.AsNoTracking().Where(r => r.ReviewerId == id).Select(r => r.SubmissionId))
            .ToListAsync(cancellationToken);
        if (worked.Count == 0)
        {
            return [];
        }
        var reviewed = await db.Reviews.AsNoTracking().Where(r => r.ReviewerId == id).Select(r => r.SubmissionId).ToListAsync(cancellationToken);
        var findings = await conflicts.FindAsync(member.Call.CallId, [member.Reviewer], cancellationToken);
        // Declared conflicts (by the authors, granted late, or by the reviewer) are explained, and so is any conflict on an
        // abstract the reviewer reviewed; an automatic conflict on an unreviewed pair (their own paper) stays a plain 404.
        var barred = findings.Conflicts
            .Where(c => c.ReviewerId == id && c.Holds
                && (c.Kind is ConflictKind.DeclaredByAuthors or ConflictKind.DeclaredByReviewer or ConflictKind.DeclaredByOrganizers || reviewed.Contains(c.SubmissionId)))
            .Select(c => c.SubmissionId).ToHashSet();
        return [.. findings.Submissions.Where(s => barred.Contains(s.Id) && worked.Contains(s.Id))
            .Select(s => new TakenOffRow(s.Id, s.Number, s.Title, reviewed.Contains(s.Id)))];
    }
}
