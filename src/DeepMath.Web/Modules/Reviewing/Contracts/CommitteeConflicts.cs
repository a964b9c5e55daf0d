using DeepMath.Web.Modules.Accounts.Contracts;
using DeepMath.Web.Modules.Reviewing.Data;
using DeepMath.Web.Modules.Reviewing.Domain;
using Microsoft.EntityFrameworkCore;

namespace DeepMath.Web.Modules.Reviewing.Contracts;

/// <summary>A member of a call's committee as authors see them to declare conflicts: name and affiliations only.</summary>
public sealed record CommitteeMemberListing(Guid ReviewerId, string Name, string Affiliations);

/// <summary>Where one of the authors' declarations stands, for the authors' page.</summary>
public enum AuthorDeclaration
{
    Holds = 0,
    Requested = 1,
    Refused = 2,
}

/// <summary>How the authors' declarations stand after a save: holding, waiting for organizers, and holding ones kept although unticked.</summary>
public sealed record DeclaredConflicts(int Holding, int Requested, int KeptAfterDeadline);

/// <summary>
/// The Reviewing module's public face for authors' declared conflicts: who sits on a call's committee,
/// and which members a submission's authors declare a conflict with. Declarations close with the submission
/// deadline, as in HotCRP: until then they hold at once everywhere; after it a new one is a request that
/// organizers grant or refuse (review may be under way, and a conflict then takes a reviewer off the abstract),
/// and one that holds can no longer be taken back.
/// </summary>
public sealed class CommitteeConflicts(IReviewingData db, AccountDirectory accounts, TimeProvider clock)
{
    public async Task<IReadOnlyList<CommitteeMemberListing>> MembersAsync(Guid callId, CancellationToken cancellationToken = default)
    {
        var reviewers = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId)
            .Select(r => new { r.Id, r.UserId, r.Affiliations }).ToListAsync(cancellationToken);
        var names = (await accounts.ContactsAsync(reviewers.Select(r => r.UserId), cancellationToken)).ToDictionary(c => c.UserId, c => c.DisplayName);
        return [.. reviewers.Where(r => names.ContainsKey(r.UserId))
            .Select(r => new CommitteeMemberListing(r.Id, names[r.UserId], string.Join("; ", r.Affiliations)))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The members the authors declared, with where each declaration stands (holds, requested, refused).</summary>
    public async Task<IReadOnlyDictionary<Guid, AuthorDeclaration>> DeclaredAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        await db.AuthorConflicts.AsNoTracking().Where(c => c.SubmissionId == submissionId)
            .ToDictionaryAsync(c => c.ReviewerId, c => (AuthorDeclaration)(int)c.State, cancellationToken);

    /// <summary>
    /// Makes the submission's declared conflicts <paramref name="reviewerIds"/>, among the call's current members; after
    /// <paramref name="submissionDeadline"/> new ones become requests and holding ones stay.
    /// </summary>
    /// <returns>How the declarations stand now, or null when an id is not a member of the call's committee.</returns>
    public async Task<DeclaredConflicts?> ReplaceAsync(Guid callId, Guid submissionId, IReadOnlyCollection<Guid> reviewerIds, string userId,
        DateTimeOffset submissionDeadline, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var late = now >= submissionDeadline;
        var wanted = reviewerIds.ToHashSet();
        var members = await db.Reviewers.AsNoTracking().Where(r => r.CallId == callId && wanted.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        if (members.Count != wanted.Count)
        {
            return null;
        }
        var existing = await db.AuthorConflicts.Where(c => c.SubmissionId == submissionId).ToListAsync(cancellationToken);
        var kept = existing.Where(c => !wanted.Contains(c.ReviewerId) && late && c.State == AuthorConflictState.Holds).ToList();
        db.AuthorConflicts.RemoveRange(existing.Where(c => !wanted.Contains(c.ReviewerId)).Except(kept));
        foreach (var id in wanted.Where(id => existing.All(c => c.ReviewerId != id)))
        {
            db.AuthorConflicts.Add(new AuthorConflict
            {
                SubmissionId = submissionId, ReviewerId = id, DeclaredAt = now, DeclaredBy = userId,
                State = late ? AuthorConflictState.Requested : AuthorConflictState.Holds,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        var states = await db.AuthorConflicts.AsNoTracking().Where(c => c.SubmissionId == submissionId).Select(c => c.State).ToListAsync(cancellationToken);
        return new DeclaredConflicts(states.Count(s => s == AuthorConflictState.Holds), states.Count(s => s == AuthorConflictState.Requested), kept.Count);
    }
}
